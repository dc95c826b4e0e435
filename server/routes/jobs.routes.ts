import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, ErrorCode } from '../../shared/schemas/common.ts';
import { Job, JOB_EXAMPLE, JobIdParams, FINISHED_JOB_STATES } from '../../shared/schemas/jobs.ts';
import { currentUser, plannerOnly } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import { docRoute } from '../docs/route-doc.ts';
import { streamTopic } from '../events/stream-topic.ts';
import { isFinalEvent, jobTopic } from '../jobs/job-events.ts';
import type { RouteDeps } from './index.ts';

const tags = ['jobs'];
const notFoundDoc = 'No job with this id.';

/** Matcher jobs (server/jobs): read, follow live, cancel. Planners only: the runs are theirs. */
export const jobRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { jobs, bus } = deps;
  const find = async (id: string) => {
    const job = await jobs.get(id);
    if (!job) throw notFound('Job', id);
    return job;
  };

  app.get('/jobs/:id', {
    onRequest: plannerOnly,
    config: { ...docRoute({
      summary: 'Read a matcher job',
      description: 'The job\'s state (`queued`, `running`, `succeeded`, `failed`, `cancelled`), the solver\'s latest progress (phase, bound, best, gap, people out so far), the plan it produced (`resultPlanId`) or its error, and who submitted it. Every planner may read every job.',
      response: JOB_EXAMPLE,
      errors: { 404: notFoundDoc },
    }) },
    schema: { tags, params: JobIdParams, response: { 200: Job, 404: ErrorBody } },
  }, async (req) => find(req.params.id));

  app.get('/jobs/:id/events', {
    onRequest: plannerOnly,
    config: { ...docRoute({
      summary: 'Follow a matcher job live (server-sent events)',
      description: 'A `text/event-stream`: first `state` with the job as it is, then `progress` events (`{ type, id, progress }`, a few a second at most), `cancel-requested`, and one final `succeeded`, `failed` or `cancelled` carrying the job, after which the stream ends. Each event has an `id:`; a client that reconnects with `Last-Event-ID` (or `?lastEventId=`) gets what it missed while the events are kept (10 minutes). A heartbeat comment every 15 s. For a job that has already ended: its final event, then the end.',
      responseType: 'text/event-stream',
      response: 'event: progress\nid: 42\ndata: {"type":"progress","id":"0b9c3e0e-8a55-4c5e-9f59-0d3c9d6e2a11","progress":{"phase":"mip","elapsedSeconds":3.2,"gap":0.0023,"peopleOut":45196}}\n\n',
      errors: {
        404: notFoundDoc,
        503: [{ code: ErrorCode.serviceUnavailable, when: 'this server already holds its maximum of live streams (Retry-After)' }],
      },
    }) },
    schema: { tags, params: JobIdParams, response: { 200: Type.String({ description: 'a text/event-stream' }), 404: ErrorBody, 503: ErrorBody } },
  }, async (req, reply) => {
    const job = await find(req.params.id);
    const finished = FINISHED_JOB_STATES.includes(job.state);
    await streamTopic(bus, req, reply, {
      topic: jobTopic(job.id),
      // Read again after subscribing: a change between the first read and the subscription is not lost.
      initial: async () => {
        const now = (await jobs.get(job.id)) ?? job;
        const type = FINISHED_JOB_STATES.includes(now.state) ? now.state : 'state';
        return [{ event: type, data: { type, job: now } }];
      },
      endAfterInitial: finished,
      endAfter: (e) => isFinalEvent(e.payload),
    });
  });

  const cancelDoc = (summary: string) => docRoute({
    summary,
    description: 'Stops the job: a queued job is cancelled at once; a running one is stopped by its worker within a second (the matcher\'s thread is terminated) and ends `cancelled` — follow it on the event stream. Only the planner who submitted the job may cancel it. Answers the job as it is after the request (`cancelRequestedBy` set).',
    response: { ...JOB_EXAMPLE, cancelRequestedBy: 'planner' },
    errors: {
      403: 'The job was submitted by another planner.',
      404: notFoundDoc,
      409: 'The job has already ended (succeeded, failed or cancelled).',
    },
  });
  const cancel = async (id: string, username: string) => jobs.cancel(id, username);

  app.delete('/jobs/:id', {
    onRequest: plannerOnly,
    config: { ...cancelDoc('Cancel a matcher job') },
    schema: { tags, params: JobIdParams, response: { 200: Job, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } },
  }, async (req) => cancel(req.params.id, currentUser(req).username));

  app.post('/jobs/:id/cancel', {
    onRequest: plannerOnly,
    config: { ...cancelDoc('Cancel a matcher job (POST form)') },
    schema: { tags, params: JobIdParams, response: { 200: Job, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } },
  }, async (req) => cancel(req.params.id, currentUser(req).username));
};
