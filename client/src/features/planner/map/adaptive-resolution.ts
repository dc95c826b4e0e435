import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * On software-rendered WebGL (SwiftShader: no GPU, as in headless Chromium on a server or in some
 * virtual desktops) every pixel costs CPU, and a full-resolution map pans at a handful of frames a
 * second. There, the map draws at a lower resolution while it moves and sharpens when it stops.
 * With a GPU nothing changes unless frames are measured to be slow too.
 */
export const MOVING_PIXEL_RATIO = 0.4;
/** Frames slower than this while moving (≈ 25 fps) switch the low-resolution motion on. */
const SLOW_FRAME_MS = 40;

export function isSoftwareRenderer(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

/** Median of the gaps between frames, or null with fewer than 5 frames. */
export function medianFrameMs(times: readonly number[]): number | null {
  if (times.length < 5) return null;
  const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

export function enableAdaptiveResolution(map: MapLibreMap): () => void {
  const full = () => window.devicePixelRatio || 1;
  // getContext hands back the context MapLibre already made (the same type asked for).
  const canvas = map.getCanvas();
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  let slow = gl ? isSoftwareRenderer(gl) : false;
  let frames: number[] = [];
  // setPixelRatio resizes the map, which fires movestart/moveend itself: ignore those.
  let resizing = false;
  const setRatio = (r: number) => {
    if (map.getPixelRatio() === r) return;
    resizing = true;
    try { map.setPixelRatio(r); } finally { resizing = false; }
  };
  const onRender = () => { if (!resizing && map.isMoving()) frames.push(performance.now()); };
  const onStart = () => {
    if (resizing) return;
    frames = [];
    if (slow) setRatio(MOVING_PIXEL_RATIO * full());
  };
  const onEnd = () => {
    if (resizing) return;
    const ms = medianFrameMs(frames);
    if (!slow && ms !== null && ms > SLOW_FRAME_MS) slow = true;
    setRatio(full());
  };
  map.on('render', onRender);
  map.on('movestart', onStart);
  map.on('moveend', onEnd);
  return () => {
    map.off('render', onRender);
    map.off('movestart', onStart);
    map.off('moveend', onEnd);
  };
}
