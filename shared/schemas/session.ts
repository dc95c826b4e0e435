import { Type, type Static } from 'typebox';
import { Id } from './common.ts';

export const Role = Type.Union([Type.Literal('planner'), Type.Literal('liaison'), Type.Literal('reader')]);
export type Role = Static<typeof Role>;

export const SessionUser = Type.Object({
  username: Type.String(),
  role: Role,
  partnerId: Type.Union([Id, Type.Null()]),
});
export type SessionUser = Static<typeof SessionUser>;

export const SignInBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
}, { additionalProperties: false });
export type SignInBody = Static<typeof SignInBody>;

export const SessionInfo = Type.Object({
  user: SessionUser,
  csrfToken: Type.String(),
  expiresAt: Type.String(),
});
export type SessionInfo = Static<typeof SessionInfo>;
