/** OpenID Connect userinfo claims, as Google and LinkedIn return them. */
export interface FakeOidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  picture?: string;
  /** A string at Google, an object at LinkedIn. */
  locale?: string | { country: string; language: string };
}

/** GitHub's GET /user (the fields sign-in reads) and GET /user/emails. */
export interface FakeGitHubProfile {
  user: {
    id: number;
    login: string;
    name: string | null;
    email: string | null;
    avatar_url: string;
  };
  emails: {
    email: string;
    primary: boolean;
    verified: boolean;
    visibility: 'public' | 'private' | null;
  }[];
}

export interface FakeProfileMap {
  google: FakeOidcProfile;
  github: FakeGitHubProfile;
  linkedin: FakeOidcProfile;
}
