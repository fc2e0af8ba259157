import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI generated from the routes' zod schemas; the JSON at /api/docs/json, a UI at /api/docs. */
export async function registerOpenApi(
  app: FastifyInstance,
  options: { version: string; publicUrl: string },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'CareerOS API',
        version: options.version,
        description:
          'Errors share one body: {"error":{"code","message","details"?,"requestId"}}. Clients branch on `code`.',
      },
      servers: [{ url: options.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  // The app-wide Content-Security-Policy (helmet) fits the docs page too: no inline scripts.
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
