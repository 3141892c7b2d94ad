try{var t=localStorage.getItem('tfi-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}
