import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, medianFrameMs } from '../../client/src/features/planner/map/adaptive-resolution.ts';

const glWith = (renderer: string, debugInfo = true) => ({
  RENDERER: 0x1f01,
  getExtension: (name: string) => (debugInfo && name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null),
  getParameter: () => renderer,
}) as unknown as WebGL2RenderingContext;

describe('adaptive resolution', () => {
  it('recognises software WebGL renderers', () => {
    expect(isSoftwareRenderer(glWith('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'))).toBe(true);
    expect(isSoftwareRenderer(glWith('llvmpipe (LLVM 15.0.6, 256 bits)', false))).toBe(true);
    expect(isSoftwareRenderer(glWith('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)'))).toBe(false);
  });

  it('takes the median gap between frames, and needs a few frames to judge', () => {
    expect(medianFrameMs([0, 16, 33, 50])).toBeNull();
    expect(medianFrameMs([0, 50, 100, 150, 400, 450])).toBe(50);
  });
});
