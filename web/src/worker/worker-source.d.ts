/** The simulation worker's bundled code (built by the viewer's Vite config). */
declare module 'virtual:sim-worker-source' {
  const code: string;
  export default code;
}
