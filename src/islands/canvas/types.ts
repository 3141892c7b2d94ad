/** Plain, serializable props the canvas page gives its island: only what it uses, since they load with the page. */
export interface CanvasConstraintInfo {
  id: string;
  name: string;
  smallestDisequilibrium: string;
}

export interface CanvasGuardrailInfo {
  id: string;
  name: string;
  constraints: string[];
}
