// Stylesheets imported as text (esbuild's "text" loader), adopted into a shadow root.
declare module "*.css" {
  const text: string;
  export default text;
}
