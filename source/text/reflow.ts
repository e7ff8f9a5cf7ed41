/** Joins the lines of each paragraph (text written in YAML block scalars), keeping blank lines, indented lines and list items. */
export function reflow(text: string): string {
  return text.replace(/([^\n])\n(?=[^\s\n\-*$#])/g, '$1 ');
}
