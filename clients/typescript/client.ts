// A small client of the Fellesskap API, typed from openapi/openapi.json by openapi-typescript.
// CI generates the types afresh and type-checks this file with `tsc --strict`: a change of the
// contract that would break a client breaks the build here first.

import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

export type Problem = components["schemas"]["Problem"];
export type MemberSummary = components["schemas"]["MemberSummary"];
export type MemberResponse = components["schemas"]["MemberResponse"];
export type LanguageTag = components["schemas"]["LanguageTag"];

export type Api = ReturnType<typeof createClient<paths>>;

/** A problem document the service answered with; `code` is one of the documented codes. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.title}`);
  }
}

export function connect(baseUrl: string): Api {
  return createClient<paths>({ baseUrl });
}

function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** Signs in and returns the access token. */
export async function signIn(api: Api, email: string, password: string): Promise<string> {
  const { data, error } = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (error) throw new ApiProblem(error);
  return data.access_token;
}

/** Every member of a chapter, page after page. */
export async function listMembers(api: Api, token: string, chapterId: string): Promise<MemberSummary[]> {
  const members: MemberSummary[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/api/v1/chapters/{chapter_id}/members", {
      params: { path: { chapter_id: chapterId }, query: cursor ? { cursor, limit: 100 } : { limit: 100 } },
      headers: bearer(token),
    });
    if (error) throw new ApiProblem(error);
    members.push(...data.items);
    cursor = data.next_cursor ?? undefined;
  } while (cursor);
  return members;
}

/**
 * Changes a member's given name, based on the version just read: if someone else changed the
 * member meanwhile, the answer is 412 and nothing is overwritten.
 */
export async function renameMember(api: Api, token: string, memberId: string, givenName: string): Promise<MemberResponse> {
  const read = await api.GET("/api/v1/members/{member_id}", {
    params: { path: { member_id: memberId } },
    headers: bearer(token),
  });
  if (read.error) throw new ApiProblem(read.error);
  const version = read.response.headers.get("ETag");
  if (version === null) throw new Error("the member came without its version (ETag)");
  const { data, error } = await api.PATCH("/api/v1/members/{member_id}", {
    params: { path: { member_id: memberId }, header: { "If-Match": version } },
    headers: bearer(token),
    body: { given_name: givenName },
  });
  if (error) {
    if (error.code === "precondition_failed") throw new Error("changed by someone else: read it again");
    throw new ApiProblem(error);
  }
  return data;
}

/**
 * Signs a person up from the organisation's own form description, in the language it was shown
 * in; the message to show them comes back in that language.
 */
export async function signUp(
  api: Api,
  org: string,
  language: LanguageTag,
  person: { givenName: string; familyName: string; email: string },
): Promise<string> {
  const form = await api.GET("/api/v1/public/orgs/{org}/signup-form", {
    params: { path: { org }, query: { lang: language } },
  });
  if (form.error) throw new ApiProblem(form.error);
  const chapter = form.data.chapters[0];
  const { data, error } = await api.POST("/api/v1/public/orgs/{org}/signups", {
    params: { path: { org }, header: { "Idempotency-Key": crypto.randomUUID() } },
    body: {
      given_name: person.givenName,
      family_name: person.familyName,
      email: person.email,
      ...(chapter ? { chapter_id: chapter.id } : { postal_code: "0150" }),
      language: form.data.language.code,
      consent: true,
      consent_version: form.data.consent.version,
    },
  });
  if (error) {
    const refused = error.errors?.map((field) => `${field.field}: ${field.message}`).join("; ");
    throw new ApiProblem({ ...error, detail: refused ?? error.detail });
  }
  return data.message;
}
