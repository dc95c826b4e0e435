import { Type, type Static } from 'typebox';
import { Id, IsoTime } from './common.ts';
import { Role, SessionInfo } from './session.ts';

const strict = { additionalProperties: false } as const;

/** Lower-case on the wire: sign-in lower-cases what it is given, so `Planner` and `planner` are one account. */
export const Username = Type.String({ minLength: 2, maxLength: 63, pattern: '^[a-z0-9][a-z0-9._-]{1,62}$', description: '2–63 of a-z 0-9 . _ -, starting with a letter or digit' });
/** 12 characters at least: long enough to resist guessing under the sign-in rate limit; 256 caps scrypt's input. */
export const Password = Type.String({ minLength: 12, maxLength: 256 });
export const PASSWORD_MIN = 12;

/** An account as planners see it: never its password or hash. */
export const Account = Type.Object({
  username: Username,
  role: Role,
  partnerId: Type.Union([Id, Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  passwordChangedAt: Type.Union([IsoTime, Type.Null()]),
});
export type Account = Static<typeof Account>;

export const AccountCreate = Type.Object({
  username: Username,
  password: Password,
  role: Role,
  /** Required for a liaison (their partner), refused for the other roles. */
  partnerId: Type.Optional(Type.Union([Id, Type.Null()])),
}, strict);
export type AccountCreate = Static<typeof AccountCreate>;

export const AccountPatch = Type.Object({
  role: Type.Optional(Role),
  partnerId: Type.Optional(Type.Union([Id, Type.Null()])),
  disabled: Type.Optional(Type.Boolean()),
}, { ...strict, minProperties: 1 });
export type AccountPatch = Static<typeof AccountPatch>;

export const PasswordReset = Type.Object({ password: Password }, strict);
export type PasswordReset = Static<typeof PasswordReset>;

export const UsernameParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 63, pattern: '^[a-z0-9][a-z0-9._-]*$' }) }, strict);

/** First run: the one public write, allowed only while the database has no account at all. */
export const SetupBody = Type.Object({ username: Username, password: Password }, strict);
export type SetupBody = Static<typeof SetupBody>;
export const SetupResult = SessionInfo;

/** What the sign-in page may say before anyone signs in. */
export const SetupStatus = Type.Object({
  /** No account exists yet: the app shows the first-run page. */
  firstRun: Type.Boolean(),
  /** Seeded demo accounts that still exist, are enabled and still have their published password. */
  demoAccounts: Type.Array(Type.Object({ username: Username, role: Role, password: Type.String() })),
});
export type SetupStatus = Static<typeof SetupStatus>;
