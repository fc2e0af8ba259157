import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZUserIdParams } from '../../../contracts/admin.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  AVATAR_MAX_BYTES,
  ZGetProfileResponse,
  ZProfileLookupParams,
  ZUpdateProfileRequest,
  ZUpdateProfileResponse,
} from '../../../contracts/profiles.js';
import { readAvatarUpload } from './avatar-upload.js';
import { removeAvatar, setAvatar } from './profiles.avatar.js';
import type { Viewer } from './profiles.policy.js';
import { getProfile, updateProfile, type ProfileDeps } from './profiles.service.js';

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
} as const;

function viewerOf(request: FastifyRequest): Viewer {
  return request.auth ? { userId: request.auth.userId } : undefined;
}

/** Profiles at /users/:id: read by anyone as privacy allows, changed by their owner. */
export const profilesRoutes =
  (
    deps: ProfileDeps & { requireAuth: (request: FastifyRequest) => Promise<void> },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    // Scoped to this plugin: only the avatar route takes multipart bodies.
    await app.register(multipart, { limits: { fileSize: AVATAR_MAX_BYTES, files: 1 } });

    // A token that is sent must be valid (401 lets the client renew it); none means signed out.
    const optionalAuth = async (request: FastifyRequest) => {
      if (request.headers.authorization !== undefined) await deps.requireAuth(request);
    };
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };

    app.get(
      '/users/:id',
      {
        preValidation: optionalAuth,
        schema: {
          tags: ['profiles'],
          summary: 'A profile by user id or username, showing the sections the caller may see',
          params: ZProfileLookupParams,
          response: { 200: ZGetProfileResponse, ...errors },
        },
      },
      async (request) => getProfile(deps, viewerOf(request), request.params.id),
    );

    app.put(
      '/users/:id',
      {
        ...signedIn,
        schema: {
          tags: ['profiles'],
          summary: 'Change your profile and its privacy; left-out fields keep their value',
          params: ZUserIdParams,
          body: ZUpdateProfileRequest,
          response: { 200: ZUpdateProfileResponse, ...errors },
        },
      },
      async (request) => updateProfile(deps, viewerOf(request), request.params.id, request.body),
    );

    app.post(
      '/users/:id/avatar',
      {
        ...signedIn,
        // Decoding and resizing images costs CPU: a tighter budget than plain reads.
        config: { rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: {
          tags: ['profiles'],
          summary: 'Upload a profile photo (multipart field "file": PNG, JPEG or WebP, 5 MB)',
          consumes: ['multipart/form-data'],
          params: ZUserIdParams,
          response: {
            200: ZUpdateProfileResponse,
            ...errors,
            413: ZErrorResponse,
            415: ZErrorResponse,
          },
        },
      },
      async (request) =>
        setAvatar(deps, viewerOf(request), request.params.id, () => readAvatarUpload(request)),
    );

    app.delete(
      '/users/:id/avatar',
      {
        ...signedIn,
        schema: {
          tags: ['profiles'],
          summary: 'Remove your profile photo',
          params: ZUserIdParams,
          response: { 200: ZUpdateProfileResponse, ...errors },
        },
      },
      async (request) => removeAvatar(deps, viewerOf(request), request.params.id),
    );
  };
