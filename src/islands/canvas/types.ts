/** Plain, serializable props the canvas page gives its island. */
export interface CanvasConstraintInfo {
  id: string;
  name: string;
  smallestDisequilibrium: string;
  href: string;
}

export interface CanvasGuardrailInfo {
  id: string;
  name: string;
  constraints: string[];
  href: string;
}
