/** URL of the offline basemap GeoJSON built by client/basemap-plugin.ts. */
declare module 'virtual:offline-basemap' {
  const url: string;
  export default url;
}
