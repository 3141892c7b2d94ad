(function(d){d.classList.add('js');try{var t=localStorage.getItem('tfi:theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})(document.documentElement)
