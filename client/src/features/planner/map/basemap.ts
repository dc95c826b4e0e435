// Moved to client/src/lib/map/ so the print feature can draw the same offline basemap; import from there.
export * from '../../../lib/map/basemap.ts';
