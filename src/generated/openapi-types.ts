/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Reports whether the service is healthy: the start-up self-probe succeeded and the database answers.
         *     Public; no API key needed. Answers 503 with the same body shape when something is wrong.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 as long as the process is running and able to serve HTTP. It does not check dependencies,
         *     so a failing database does not make the probe fail. Public; no API key needed.
         */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe (health format)
         * @description Reports whether the service can take traffic, with the same body as `GET /health`. Answers 503 while the
         *     service is starting, draining for shutdown, or when a required dependency is unavailable. Public.
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Metrics in the Prometheus text exposition format (version 0.0.4): HTTP request latency histograms by
         *     route and status, process and Node.js runtime figures, database pool use, and the counters the execution
         *     engine and webhook deliveries publish. Public, like the other probes: expose it only on a trusted network.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe (dependency detail)
         * @description Checks every dependency in parallel (each with a short timeout) and reports each one. Answers 503 when any
         *     dependency is down or degraded, and immediately after a shutdown signal so that load balancers stop
         *     sending traffic. Public; no API key needed.
         */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swagger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interactive API documentation
         * @description Serves Swagger UI for this API as an HTML page. Public.
         */
        get: operations["getSwaggerUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swagger/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document (JSON)
         * @description Returns this OpenAPI document as JSON. Public.
         */
        get: operations["getOpenApiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/swagger/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document (YAML)
         * @description Returns this OpenAPI document as YAML. Public.
         */
        get: operations["getOpenApiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search audit events
         * @description Searches the append-only audit trail. Filters combine with AND; `dateFrom` and `dateTo` are inclusive.
         *     Events are ordered by the order in which they were recorded, newest first by default.
         *
         *     The result is paginated with an opaque cursor: read `items`, and while `hasMore` is true pass
         *     `nextCursor` back as `cursor` to get the next page (`nextCursor` is an empty string on the last page).
         *     There is no total count.
         *     An audited change and its audit event are committed together, so the event is visible as soon as the
         *     API call that caused it has answered.
         */
        get: operations["searchAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an audit event
         * @description Returns one audit event by its `eventId`.
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit hash chain
         * @description Checks the integrity of the audit trail from its first event up to and including the given one: each
         *     event's `previousHash` must equal the `hash` of the event recorded before it, and each `hash` is
         *     recomputed from the event's stored content and must match. The result is returned with 200 whether
         *     or not the chain is intact; read `isValid`. The algorithm is described in docs/audit.md.
         */
        get: operations["verifyAuditHashChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/executors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog executors
         * @description Lists every executor the service ships with, sorted by id. An executor is one operation of a provider
         *     (for example `midaz.create-transaction`) that executor nodes can call. The catalog is read-only and not
         *     paginated.
         */
        get: operations["listCatalogExecutors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/executors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog executor
         * @description Returns one executor with the JSON Schema that the executor-specific keys of a node's `data` must
         *     satisfy.
         */
        get: operations["getCatalogExecutor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/executors/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an executor configuration
         * @description Checks a candidate `config` against the executor's JSON Schema without saving anything. Answers 200
         *     `{"valid": true}` when it passes and 400 FLK-0201 (with the validator message) when it does not. The
         *     executor id is checked first (404 FLK-0200). A node's whole `data` may be sent: the keys the engine reads
         *     itself (`executorId`, `providerConfigId`, `endpointName`, `inputMapping`, `outputMapping`, `transforms`,
         *     `method`, `path`, `timeout`) are left out of the check, as workflow create leaves them out. An empty
         *     `config` (or one holding engine keys only) is checked too and answers which fields the executor needs; workflow
         *     create instead saves such a node unchecked, since its `inputMapping` may supply every field at run time.
         */
        post: operations["validateCatalogExecutorConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog providers
         * @description Lists every provider (external system) the service can call, sorted by id. Not paginated.
         */
        get: operations["listCatalogProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog provider
         * @description Returns one provider with the JSON Schema that the `config` of its provider configurations must satisfy.
         */
        get: operations["getCatalogProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/providers/{id}/executors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List executors of a provider
         * @description Lists the executors that belong to one provider, sorted by id. Not paginated.
         */
        get: operations["listCatalogProviderExecutors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog templates
         * @description Lists the workflow templates, sorted by id. A template builds a complete workflow from a few
         *     parameters (see `POST /v1/workflows/from-template`). Not paginated.
         */
        get: operations["listCatalogTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog template
         * @description Returns one template with its parameter schema. Parameters that reference a provider configuration are
         *     enriched with the currently `active` configurations of that provider as `oneOf` choices, so a form
         *     can offer them as a drop-down (`not: {}` when there is none).
         */
        get: operations["getCatalogTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/templates/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate template parameters
         * @description Checks candidate `params` against the template's parameter schema without creating anything. Answers
         *     200 `{"valid": true}` when they pass and 400 FLK-0242 when they do not. The template id is checked first
         *     (404 FLK-0240). As in the schema `GET /v1/catalog/templates/{id}` returns, a parameter that references a
         *     provider configuration must name an existing, `active` configuration of that provider (as creating the
         *     workflow requires).
         */
        post: operations["validateCatalogTemplateParams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog triggers
         * @description Lists the trigger kinds that can start a workflow, sorted by id. Not paginated.
         */
        get: operations["listCatalogTriggers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/triggers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog trigger
         * @description Returns one trigger with the schema describing its node `data`.
         */
        get: operations["getCatalogTrigger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboards/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Execution counts
         * @description Counts executions by status, optionally restricted to those started within `[startTime, endTime]` and
         *     to one status. Statuses without executions are reported as 0; `total` is the sum.
         */
        get: operations["getExecutionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboards/workflows/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workflow counts
         * @description Counts all workflows, the active ones, and the workflows in each status that has at least one.
         */
        get: operations["getWorkflowSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List executions
         * @description Lists executions, most recently started first by default, optionally filtered by workflow and status.
         *
         *     The result is paginated with an opaque cursor: read `items`, and while `hasMore` is true pass
         *     `nextCursor` back as `cursor` to get the next page (`nextCursor` is an empty string on the last page).
         *     There is no total count.
         *     The cursor remembers the sort of the first page, so `sortBy` and `sortOrder` must not be sent together
         *     with `cursor` (400 FLK-0304).
         */
        get: operations["listExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get execution status
         * @description Returns the current status and progress of an execution. Use it to poll until the status is
         *     `completed` or `failed`.
         */
        get: operations["getExecutionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executions/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get execution results
         * @description Returns the step-by-step results and the final output of a finished execution. While the execution is
         *     `pending` or `running` the call answers 422 FLK-0502; poll the status operation first.
         */
        get: operations["getExecutionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List executor configurations
         * @description Lists executor configurations (HTTP integrations with a base URL, endpoints and authentication), newest
         *     first by default, optionally filtered by status. Authentication secrets are masked.
         *
         *     The result is paginated with an opaque cursor: read `items`, and while `hasMore` is true pass
         *     `nextCursor` back as `cursor` to get the next page (`nextCursor` is an empty string on the last page).
         *     There is no total count.
         */
        get: operations["listExecutorConfigurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an executor configuration
         * @description Returns one executor configuration with authentication secrets masked.
         */
        get: operations["getExecutorConfiguration"];
        put?: never;
        post?: never;
        /**
         * Delete an executor configuration
         * @description Permanently deletes an executor configuration that is `unconfigured`, `configured` or `disabled`. A
         *     `tested` or `active` configuration cannot be deleted (422 FLK-0252).
         */
        delete: operations["deleteExecutorConfiguration"];
        options?: never;
        head?: never;
        /**
         * Update an executor configuration
         * @description Replaces the name, description, base URL, endpoints and authentication of an executor configuration
         *     (all but `description` and `metadata` are required) and merges `metadata`. Allowed only while the
         *     configuration is `unconfigured` or `configured` (422 FLK-0252); the status does not change. Endpoint
         *     methods are stored upper-case and a trailing slash on `baseUrl` is removed.
         */
        patch: operations["updateExecutorConfiguration"];
        trace?: never;
    };
    "/v1/provider-configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List provider configurations
         * @description Lists provider configurations, newest first by default, optionally filtered by status and provider.
         *     Secrets in `config` are masked.
         *
         *     The result is paginated with an opaque cursor: read `items`, and while `hasMore` is true pass
         *     `nextCursor` back as `cursor` to get the next page (`nextCursor` is an empty string on the last page).
         *     There is no total count.
         */
        get: operations["listProviderConfigurations"];
        put?: never;
        /**
         * Create a provider configuration
         * @description Stores the settings and credentials for one catalog provider. The configuration starts `active` and can
         *     immediately be referenced by executor nodes (`data.providerConfigId`).
         *
         *     Checks in order: field rules (400), `providerId` is a catalog provider (404 FLK-0294), `config`
         *     satisfies the provider's `configSchema` (422 FLK-0293), unique name (409 FLK-0291). Secret values in
         *     `config` are encrypted at rest.
         */
        post: operations["createProviderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-configurations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a provider configuration
         * @description Returns one provider configuration with secrets in `config` masked.
         */
        get: operations["getProviderConfiguration"];
        put?: never;
        post?: never;
        /**
         * Delete a provider configuration
         * @description Permanently deletes a provider configuration in any status, unless an `active` workflow references it
         *     (422 FLK-0292): deactivate that workflow or point it at another configuration first. Draft and inactive
         *     workflows that reference it are not changed; they cannot be activated until the reference is replaced.
         */
        delete: operations["deleteProviderConfiguration"];
        options?: never;
        head?: never;
        /**
         * Update a provider configuration
         * @description Changes only the fields sent, in any status. A new `config` replaces the stored one entirely and must
         *     satisfy the provider's schema (422 FLK-0293); `metadata` is merged key by key. Responses mask secrets;
         *     a `config` read and sent back keeps each secret whose mask comes back unchanged at its place.
         */
        patch: operations["updateProviderConfiguration"];
        trace?: never;
    };
    "/v1/provider-configurations/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a provider configuration
         * @description Moves an `active` configuration to `disabled`. Disabled configurations cannot be referenced when saving
         *     or activating workflows, and executor nodes that use one fail at run time. Takes no request body; any
         *     other status answers 422 FLK-0292.
         */
        post: operations["disableProviderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-configurations/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a provider configuration
         * @description Moves a `disabled` configuration back to `active`. Takes no request body; any other status answers
         *     422 FLK-0292.
         */
        post: operations["enableProviderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-configurations/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test provider connectivity
         * @description Probes the provider's base URL in up to three stages (`connectivity`, `authentication`, `end_to_end`),
         *     each a GET with a 10-second timeout; after a failed stage the remaining ones are reported as `skipped`.
         *     Works in any status, takes no request body and changes nothing. The report is always returned with 200;
         *     read `overallStatus` for the verdict.
         *
         *     Before any request is sent the base URL (`base_url`, else `onboarding_base_url`, else
         *     `transaction_base_url`) must be usable (422 FLK-0340) and pass the outbound-request policy, which blocks
         *     internal host names and private, loopback and link-local addresses (422 FLK-0341).
         *
         *     An `s3` configuration is probed at its `endpoint` (else `https://s3.{region}.amazonaws.com`): `connectivity`
         *     is an unsigned GET there, `authentication` a signed `HeadBucket` of the configured bucket with the configured
         *     keys (passed on 2xx; failed on 403 with the S3 error, on 404 when the bucket does not exist, and on any
         *     other answer), and `end_to_end` is `skipped`, since the only thing the executor does is write an object and
         *     the test never writes.
         */
        post: operations["testProviderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Lists the webhook subscriptions of the organisation, newest first. Secrets are never included and header values whose name suggests a credential are masked.
         *
         *     This list is paged by offset: pass `limit` and `offset`, and read `total` and `hasMore` to know whether more items exist.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Create a webhook subscription
         * @description Registers an HTTPS endpoint that receives the chosen workflow events of the organisation. The subscription starts active.
         *
         *     Every delivery is signed. When no `secret` is sent, the server generates one in the Standard Webhooks format (`whsec_` followed by base64 of 32 random bytes) and returns it in this response only: store it now, it cannot be read again. A secret sent by the client is stored encrypted and never returned.
         *
         *     The URL is checked here (scheme, length and literal addresses) and the resolved address is checked again on every connection, so a host name that later points somewhere private is refused at delivery time.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Returns one webhook subscription of the organisation, without its secret. A subscription of another organisation answers 404.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Deletes the subscription together with its pending deliveries and its delivery logs. This cannot be undone.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /**
         * Update a webhook subscription
         * @description Changes only the fields sent. `headers`, when sent, replace the stored headers as a whole; `secret` rotates the signing secret (deliveries already in progress keep the secret they were signed with); with `secretOverlapSeconds` the secret it replaces keeps signing too for that long, so receivers can switch without rejecting a delivery (`webhook-signature` then carries one signature per secret). Setting `active` to `true` re-enables a subscription the server disabled and clears `disabledReason`; setting it to `false` stops deliveries and cancels those still waiting.
         */
        patch: operations["updateWebhookSubscription"];
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the deliveries of a subscription
         * @description Lists the deliveries of this subscription (one per event it was sent, or is to be sent), newest first, optionally only those in one `status`: how each ended, after how many attempts, with the last status code and error. Deliveries cancelled before any attempt (the subscription was disabled while they waited) appear here only, not in the logs: list `status=failed` or `status=exhausted` to find what to resend. Finished deliveries are kept for `SUBSCRIPTION_RETENTION_DAYS` (30 by default) after their last change.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a delivery
         * @description Queues a past delivery to be sent again, with the same event body and the same `webhook-id`, so a receiver that de-duplicates on it processes the event once. The delivery gets a fresh retry schedule. The subscription must be active; takes no request body.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery logs of a subscription
         * @description Lists every delivery attempt made to this subscription, newest first: status code, duration, error, the start of the response body, the attempt number and, for failed attempts that will be retried, when the next attempt is due. The attempts of a finished delivery go with it once it is older than the retention (`SUBSCRIPTION_RETENTION_DAYS`, 30 days by default).
         */
        get: operations["listWebhookSubscriptionLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Sends a `workflow.completed` test event (its `data.test` is `true`) to the subscription right away, signed like any delivery, and answers with the result of that single attempt. The attempt is logged but never retried, and it does not count towards disabling the subscription. Works whether or not the subscription is active and whatever events it subscribes to; takes no request body. The answer is 200 even when the endpoint failed: read `succeeded`.
         */
        post: operations["testWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/logs/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery logs of every subscription
         * @description Lists the delivery attempts of all webhook subscriptions of the organisation, newest first, optionally only those of one event type. Every attempt appears, retries and test events included.
         */
        get: operations["listAllWebhookLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receive a webhook (GET)
         * @description Entry point for external systems. The method and `path` select the workflow whose `webhook` trigger
         *     registered them (for example `triggerType: webhook, method: GET, path: /orders/paid`): an `active`
         *     workflow (deployed: unlimited calls) or a workflow armed for a single call. Each accepted call starts an
         *     execution of that workflow like the execute operation; see docs/webhooks.md.
         *
         *     - Authentication: when the workflow has a webhook secret (generated with the rotate operation) or its
         *       trigger defines `verify_token`, the call must present it as `X-Webhook-Token`, `Authorization: Bearer`
         *       or the `token` query parameter (401 FLK-0362); `X-API-Key` is then not needed. A route without any
         *       secret is protected by `X-API-Key` like the rest of `/v1` (401 FLK-0003).
         *     - Body (optional, at most 1 MiB by default): a JSON object becomes `inputData`; any other content type
         *       becomes `{body, contentType, encoding}` (text as is, binary as base64), and a form also gets its fields
         *       parsed: `form` (name → value, a repeated name → list of values) for form-urlencoded and
         *       `multipart/form-data`, and `files` (`field`, `filename`, `contentType`, `size`, base64 `data`) for the
         *       files of a multipart body; at most 1000 fields and files (400 FLK-0001). The service adds `_webhook` with
         *       the request `method`, `path`, `headers` (credentials removed), `query` (without `token`) and
         *       `remote_ip`, readable in the workflow as `workflow._webhook.*`.
         *     - A trigger may verify the sender's own signature over the raw body (`signature: {scheme: github|stripe|standard, secret}`,
         *       401 FLK-0365) and limit calls (`rateLimit: {requests, perSeconds}`, 429 FLK-0010).
         *     - `Idempotency-Key` is optional; a repeated key answers 409 FLK-0505 with the first execution's id.
         *       A repeated delivery id (`X-Webhook-Delivery-Id`, or the sender's own: `X-GitHub-Delivery`, Standard
         *       Webhooks' `webhook-id`, Svix's `svix-id`) answers 200 `deduplicated: true` with the first delivery's
         *       execution; no second execution is started.
         *     - Synchronous mode (trigger `responseMode: sync`, `?wait=true` or `Prefer: wait=<seconds>`): waits for
         *       the execution to finish and answers 200 with its `output` (500 with `executionId` when it failed), or 202
         *       with `Location` when the wait runs out.
         *     - Paths are matched case-sensitively, with trailing slashes ignored. Nested paths may be sent literally
         *       or percent-encoded.
         *
         *     A 2xx answer means the execution is stored durably. The headers `X-Webhook-Workflow-ID` and
         *     `X-Webhook-Execution-ID` identify it.
         */
        get: operations["triggerWebhookGet"];
        /**
         * Receive a webhook (PUT)
         * @description Entry point for external systems. The method and `path` select the workflow whose `webhook` trigger
         *     registered them (for example `triggerType: webhook, method: PUT, path: /orders/paid`): an `active`
         *     workflow (deployed: unlimited calls) or a workflow armed for a single call. Each accepted call starts an
         *     execution of that workflow like the execute operation; see docs/webhooks.md.
         *
         *     - Authentication: when the workflow has a webhook secret (generated with the rotate operation) or its
         *       trigger defines `verify_token`, the call must present it as `X-Webhook-Token`, `Authorization: Bearer`
         *       or the `token` query parameter (401 FLK-0362); `X-API-Key` is then not needed. A route without any
         *       secret is protected by `X-API-Key` like the rest of `/v1` (401 FLK-0003).
         *     - Body (optional, at most 1 MiB by default): a JSON object becomes `inputData`; any other content type
         *       becomes `{body, contentType, encoding}` (text as is, binary as base64), and a form also gets its fields
         *       parsed: `form` (name → value, a repeated name → list of values) for form-urlencoded and
         *       `multipart/form-data`, and `files` (`field`, `filename`, `contentType`, `size`, base64 `data`) for the
         *       files of a multipart body; at most 1000 fields and files (400 FLK-0001). The service adds `_webhook` with
         *       the request `method`, `path`, `headers` (credentials removed), `query` (without `token`) and
         *       `remote_ip`, readable in the workflow as `workflow._webhook.*`.
         *     - A trigger may verify the sender's own signature over the raw body (`signature: {scheme: github|stripe|standard, secret}`,
         *       401 FLK-0365) and limit calls (`rateLimit: {requests, perSeconds}`, 429 FLK-0010).
         *     - `Idempotency-Key` is optional; a repeated key answers 409 FLK-0505 with the first execution's id.
         *       A repeated delivery id (`X-Webhook-Delivery-Id`, or the sender's own: `X-GitHub-Delivery`, Standard
         *       Webhooks' `webhook-id`, Svix's `svix-id`) answers 200 `deduplicated: true` with the first delivery's
         *       execution; no second execution is started.
         *     - Synchronous mode (trigger `responseMode: sync`, `?wait=true` or `Prefer: wait=<seconds>`): waits for
         *       the execution to finish and answers 200 with its `output` (500 with `executionId` when it failed), or 202
         *       with `Location` when the wait runs out.
         *     - Paths are matched case-sensitively, with trailing slashes ignored. Nested paths may be sent literally
         *       or percent-encoded.
         *
         *     A 2xx answer means the execution is stored durably. The headers `X-Webhook-Workflow-ID` and
         *     `X-Webhook-Execution-ID` identify it.
         */
        put: operations["triggerWebhookPut"];
        /**
         * Receive a webhook (POST)
         * @description Entry point for external systems. The method and `path` select the workflow whose `webhook` trigger
         *     registered them (for example `triggerType: webhook, method: POST, path: /orders/paid`): an `active`
         *     workflow (deployed: unlimited calls) or a workflow armed for a single call. Each accepted call starts an
         *     execution of that workflow like the execute operation; see docs/webhooks.md.
         *
         *     - Authentication: when the workflow has a webhook secret (generated with the rotate operation) or its
         *       trigger defines `verify_token`, the call must present it as `X-Webhook-Token`, `Authorization: Bearer`
         *       or the `token` query parameter (401 FLK-0362); `X-API-Key` is then not needed. A route without any
         *       secret is protected by `X-API-Key` like the rest of `/v1` (401 FLK-0003).
         *     - Body (optional, at most 1 MiB by default): a JSON object becomes `inputData`; any other content type
         *       becomes `{body, contentType, encoding}` (text as is, binary as base64), and a form also gets its fields
         *       parsed: `form` (name → value, a repeated name → list of values) for form-urlencoded and
         *       `multipart/form-data`, and `files` (`field`, `filename`, `contentType`, `size`, base64 `data`) for the
         *       files of a multipart body; at most 1000 fields and files (400 FLK-0001). The service adds `_webhook` with
         *       the request `method`, `path`, `headers` (credentials removed), `query` (without `token`) and
         *       `remote_ip`, readable in the workflow as `workflow._webhook.*`.
         *     - A trigger may verify the sender's own signature over the raw body (`signature: {scheme: github|stripe|standard, secret}`,
         *       401 FLK-0365) and limit calls (`rateLimit: {requests, perSeconds}`, 429 FLK-0010).
         *     - `Idempotency-Key` is optional; a repeated key answers 409 FLK-0505 with the first execution's id.
         *       A repeated delivery id (`X-Webhook-Delivery-Id`, or the sender's own: `X-GitHub-Delivery`, Standard
         *       Webhooks' `webhook-id`, Svix's `svix-id`) answers 200 `deduplicated: true` with the first delivery's
         *       execution; no second execution is started.
         *     - Synchronous mode (trigger `responseMode: sync`, `?wait=true` or `Prefer: wait=<seconds>`): waits for
         *       the execution to finish and answers 200 with its `output` (500 with `executionId` when it failed), or 202
         *       with `Location` when the wait runs out.
         *     - Paths are matched case-sensitively, with trailing slashes ignored. Nested paths may be sent literally
         *       or percent-encoded.
         *
         *     A 2xx answer means the execution is stored durably. The headers `X-Webhook-Workflow-ID` and
         *     `X-Webhook-Execution-ID` identify it.
         */
        post: operations["triggerWebhook"];
        /**
         * Receive a webhook (DELETE)
         * @description Entry point for external systems. The method and `path` select the workflow whose `webhook` trigger
         *     registered them (for example `triggerType: webhook, method: DELETE, path: /orders/paid`): an `active`
         *     workflow (deployed: unlimited calls) or a workflow armed for a single call. Each accepted call starts an
         *     execution of that workflow like the execute operation; see docs/webhooks.md.
         *
         *     - Authentication: when the workflow has a webhook secret (generated with the rotate operation) or its
         *       trigger defines `verify_token`, the call must present it as `X-Webhook-Token`, `Authorization: Bearer`
         *       or the `token` query parameter (401 FLK-0362); `X-API-Key` is then not needed. A route without any
         *       secret is protected by `X-API-Key` like the rest of `/v1` (401 FLK-0003).
         *     - Body (optional, at most 1 MiB by default): a JSON object becomes `inputData`; any other content type
         *       becomes `{body, contentType, encoding}` (text as is, binary as base64), and a form also gets its fields
         *       parsed: `form` (name → value, a repeated name → list of values) for form-urlencoded and
         *       `multipart/form-data`, and `files` (`field`, `filename`, `contentType`, `size`, base64 `data`) for the
         *       files of a multipart body; at most 1000 fields and files (400 FLK-0001). The service adds `_webhook` with
         *       the request `method`, `path`, `headers` (credentials removed), `query` (without `token`) and
         *       `remote_ip`, readable in the workflow as `workflow._webhook.*`.
         *     - A trigger may verify the sender's own signature over the raw body (`signature: {scheme: github|stripe|standard, secret}`,
         *       401 FLK-0365) and limit calls (`rateLimit: {requests, perSeconds}`, 429 FLK-0010).
         *     - `Idempotency-Key` is optional; a repeated key answers 409 FLK-0505 with the first execution's id.
         *       A repeated delivery id (`X-Webhook-Delivery-Id`, or the sender's own: `X-GitHub-Delivery`, Standard
         *       Webhooks' `webhook-id`, Svix's `svix-id`) answers 200 `deduplicated: true` with the first delivery's
         *       execution; no second execution is started.
         *     - Synchronous mode (trigger `responseMode: sync`, `?wait=true` or `Prefer: wait=<seconds>`): waits for
         *       the execution to finish and answers 200 with its `output` (500 with `executionId` when it failed), or 202
         *       with `Location` when the wait runs out.
         *     - Paths are matched case-sensitively, with trailing slashes ignored. Nested paths may be sent literally
         *       or percent-encoded.
         *
         *     A 2xx answer means the execution is stored durably. The headers `X-Webhook-Workflow-ID` and
         *     `X-Webhook-Execution-ID` identify it.
         */
        delete: operations["triggerWebhookDelete"];
        options?: never;
        head?: never;
        /**
         * Receive a webhook (PATCH)
         * @description Entry point for external systems. The method and `path` select the workflow whose `webhook` trigger
         *     registered them (for example `triggerType: webhook, method: PATCH, path: /orders/paid`): an `active`
         *     workflow (deployed: unlimited calls) or a workflow armed for a single call. Each accepted call starts an
         *     execution of that workflow like the execute operation; see docs/webhooks.md.
         *
         *     - Authentication: when the workflow has a webhook secret (generated with the rotate operation) or its
         *       trigger defines `verify_token`, the call must present it as `X-Webhook-Token`, `Authorization: Bearer`
         *       or the `token` query parameter (401 FLK-0362); `X-API-Key` is then not needed. A route without any
         *       secret is protected by `X-API-Key` like the rest of `/v1` (401 FLK-0003).
         *     - Body (optional, at most 1 MiB by default): a JSON object becomes `inputData`; any other content type
         *       becomes `{body, contentType, encoding}` (text as is, binary as base64), and a form also gets its fields
         *       parsed: `form` (name → value, a repeated name → list of values) for form-urlencoded and
         *       `multipart/form-data`, and `files` (`field`, `filename`, `contentType`, `size`, base64 `data`) for the
         *       files of a multipart body; at most 1000 fields and files (400 FLK-0001). The service adds `_webhook` with
         *       the request `method`, `path`, `headers` (credentials removed), `query` (without `token`) and
         *       `remote_ip`, readable in the workflow as `workflow._webhook.*`.
         *     - A trigger may verify the sender's own signature over the raw body (`signature: {scheme: github|stripe|standard, secret}`,
         *       401 FLK-0365) and limit calls (`rateLimit: {requests, perSeconds}`, 429 FLK-0010).
         *     - `Idempotency-Key` is optional; a repeated key answers 409 FLK-0505 with the first execution's id.
         *       A repeated delivery id (`X-Webhook-Delivery-Id`, or the sender's own: `X-GitHub-Delivery`, Standard
         *       Webhooks' `webhook-id`, Svix's `svix-id`) answers 200 `deduplicated: true` with the first delivery's
         *       execution; no second execution is started.
         *     - Synchronous mode (trigger `responseMode: sync`, `?wait=true` or `Prefer: wait=<seconds>`): waits for
         *       the execution to finish and answers 200 with its `output` (500 with `executionId` when it failed), or 202
         *       with `Location` when the wait runs out.
         *     - Paths are matched case-sensitively, with trailing slashes ignored. Nested paths may be sent literally
         *       or percent-encoded.
         *
         *     A 2xx answer means the execution is stored durably. The headers `X-Webhook-Workflow-ID` and
         *     `X-Webhook-Execution-ID` identify it.
         */
        patch: operations["triggerWebhookPatch"];
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Lists workflows, newest first by default, optionally filtered by status.
         *
         *     The result is paginated with an opaque cursor: read `items`, and while `hasMore` is true pass
         *     `nextCursor` back as `cursor` to get the next page (`nextCursor` is an empty string on the last page).
         *     There is no total count.
         *     The sort used for later pages is the one given in each request, so send the same `sortBy` and
         *     `sortOrder` with every page.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow
         * @description Creates a workflow in status `draft` and returns its id. Names are unique (409 FLK-0101).
         *
         *     Validation, in order: the structure (name, sizes, node and edge fields, edge references), then every
         *     executor node against the catalog (`executorId` known, node `data` valid for the executor), then the
         *     referenced provider configurations (must exist, be `active` and belong to the executor's provider),
         *     then the compilation of `inputMapping`, `outputMapping` and `transforms`. A draft may have no nodes and
         *     no trigger; those are only required for activation.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Returns the full workflow, including nodes, edges and metadata, in any status.
         */
        get: operations["getWorkflow"];
        /**
         * Update a draft workflow
         * @description Replaces the name, description, nodes and edges of a workflow and merges its metadata. Only a `draft`
         *     can be updated (422 FLK-0103, checked before validating the body); move an `inactive` workflow back to
         *     draft first.
         *
         *     Validation, in order: the structure (name, sizes, node and edge fields, edge references), then every
         *     executor node against the catalog (`executorId` known, node `data` valid for the executor), then the
         *     referenced provider configurations (must exist, be `active` and belong to the executor's provider),
         *     then the compilation of `inputMapping`, `outputMapping` and `transforms`. A draft may have no nodes and
         *     no trigger; those are only required for activation.
         */
        put: operations["updateWorkflow"];
        post?: never;
        /**
         * Delete a workflow
         * @description Permanently deletes a `draft` or `inactive` workflow and removes its webhook routes. An `active`
         *     workflow must be deactivated first (422 FLK-0103). Past executions of the workflow are kept.
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a workflow
         * @description Moves a `draft` workflow to `active`, after which it can be executed and its webhook triggers receive
         *     calls. Takes no request body.
         *
         *     Before the status check the whole workflow is validated again: at least one node (422 FLK-0112), at
         *     least one `trigger` node (422 FLK-0116), the structural and executor rules of create, and every
         *     referenced provider configuration must still exist and be `active` (400 FLK-0150). Then the status must
         *     be `draft` (422 FLK-0102). Finally each webhook trigger's method and path is registered; a route already
         *     owned by another active workflow fails the activation (400 FLK-0360) and nothing is registered.
         */
        post: operations["activateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a workflow
         * @description Creates a new `draft` workflow that copies the description, nodes and edges of an existing workflow in
         *     any status. Metadata is not copied. The copy gets the `name` given in the body; when the body or its
         *     `name` is omitted the server derives a free name from the source workflow's name (see `CloneWorkflowInput`).
         *     Names are unique (409 FLK-0101). The copy is not re-validated against the catalog until it is updated or
         *     activated.
         */
        post: operations["cloneWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a workflow
         * @description Moves an `active` workflow to `inactive`: new executions and webhook calls are refused, its webhook
         *     routes are released, and executions already running finish normally. Takes no request body. Any other
         *     status answers 422 FLK-0102.
         */
        post: operations["deactivateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a workflow back to draft
         * @description Moves an `inactive` workflow back to `draft` so that it can be edited and activated again. Takes no
         *     request body. An `active` workflow must be deactivated first; any status other than `inactive` answers
         *     422 FLK-0102.
         */
        post: operations["moveWorkflowToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/webhook/arm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Arm the webhook for a single call
         * @description Lets a `draft` or `inactive` workflow receive exactly ONE call on its webhook trigger's method and path
         *     within `ttlSeconds` (default 600), like a test webhook. The call must present the returned `secret`;
         *     later calls, or calls after `expiresAt`, answer 410 FLK-0364 until the workflow is armed again. Arming
         *     again replaces a previous arm. Saving the draft with the armed trigger on another method or path, or
         *     without it, drops the arm (arm again for the new route); other edits keep it, and its call runs the draft
         *     as saved. An `active` workflow is deployed and accepts unlimited calls, so it cannot be armed (422 FLK-0102).
         */
        post: operations["armWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/webhook/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or rotate the webhook secret
         * @description Generates a new random secret (32 bytes, shown once in this response, stored only as a hash) for every
         *     webhook trigger of the workflow. From then on calls must present a secret (`X-Webhook-Token`,
         *     `Authorization: Bearer` or `?token=`) instead of `X-API-Key`. Secrets generated earlier stay valid for
         *     `overlapSeconds` (default 0: they stop working at once), so senders can be switched without downtime.
         *     Works in every workflow status.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an execution
         * @description Starts an asynchronous run of an `active` workflow with the given `inputData` and answers 201 with the
         *     execution id as soon as the run has started (status `running`). Poll `GET /v1/executions/{id}` for
         *     progress and `GET /v1/executions/{id}/results` for the outcome. Each run has a five-minute budget.
         *
         *     **Idempotency.** The `Idempotency-Key` header (1 to 255 characters after trimming) is required. Keys
         *     are scoped to the workflow: if this workflow already has an execution started with the same key and the
         *     same body, that execution is returned unchanged instead of starting a new run — 200 when it has already
         *     finished (`completed` or `failed`), 201 while it is still in progress — even when many identical requests
         *     arrive at once. Reusing a key with a different body is rejected with 422 FLK-0510. Keys are kept as long
         *     as the execution exists.
         *
         *     The execution and its `EXECUTION_STARTED` audit event are stored before the 201 is sent; the run itself
         *     continues in the background. While the service is shutting down it answers 503 FLK-0009.
         *
         *     Checks happen in this order: body size (413 FLK-0506), `workflowId` format (400 FLK-0002), body
         *     (400 FLK-0001), `Idempotency-Key` (400 FLK-0509), replay lookup (422 FLK-0510 on a different body),
         *     workflow exists (404 FLK-0100), workflow is `active` (422 FLK-0501).
         */
        post: operations["executeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workflow from a template
         * @description Validates `params` against the template's parameter schema (400 FLK-0242), builds the workflow the
         *     template describes and then creates it exactly like `POST /v1/workflows` (same validation, same
         *     errors). The new workflow is a `draft`; its metadata records the template id and version.
         */
        post: operations["createWorkflowFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service version
         * @description Returns the configured version of the service and the current server time. Public.
         */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description Options of an arm. */
        ArmWebhookInput: {
            /**
             * @description Which webhook trigger to arm (default the first one with a method and path).
             * @example webhook-trigger
             */
            nodeId?: string;
            /**
             * @description How long the single call may arrive (default 600 seconds, at most one day).
             * @example 600
             */
            ttlSeconds?: number;
        };
        /** @description An armed webhook. */
        ArmWebhookOutput: {
            /**
             * Format: date-time
             * @example 2026-03-17T14:45:00.000Z
             */
            expiresAt: string;
            /** @example POST */
            method: string;
            /** @example webhook-trigger */
            nodeId: string;
            /**
             * @description One-time secret the call must present (X-Webhook-Token, Bearer or ?token=).
             * @example 3q2-7wEAAAD_secret_example_3q2-7wEAAAD_secret
             */
            secret: string;
            /**
             * @description Path to call (relative to the server), e.g. `/v1/webhooks/orders/paid`. Each segment of the trigger's path
             *     is percent-encoded (`rcpt?id` → `/v1/webhooks/rcpt%3Fid`), so the URL reaches the armed route as is.
             * @example /v1/webhooks/orders/paid
             */
            url: string;
            /**
             * Format: uuid
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description Who performed the audited action. */
        AuditActorOutput: {
            /**
             * @description Identifier of the actor (a fingerprint of the API key, or `flowker` for events written by the service itself).
             * @example flowker
             */
            id: string;
            /**
             * @description IP address the action came from (`0.0.0.0` when unknown).
             * @example 0.0.0.0
             */
            ipAddress: string;
            /**
             * @description Kind of actor. `api_key` for changes made through the API, `system` for the service's own background work.
             * @example system
             * @enum {string}
             */
            type: "user" | "system" | "api_key";
        };
        /** @description One page of audit events, newest first unless `sortOrder=ASC`. */
        AuditEntryListOutput: {
            /**
             * @description True when more items exist after this page.
             * @example false
             */
            hasMore: boolean;
            /** @description Audit events of this page. */
            items: components["schemas"]["AuditEntryOutput"][];
            /**
             * @description Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.
             * @example 1042
             */
            nextCursor: string;
        };
        /**
         * @description One event of the append-only audit trail. Events are chained: each `hash` covers the event's content
         *     and the `previousHash` of the event before it, so tampering is detectable with the verify operation.
         */
        AuditEntryOutput: {
            /**
             * @description Kind of operation that produced the event.
             * @example CREATE
             * @enum {string}
             */
            action: "CREATE" | "UPDATE" | "DELETE" | "ACTIVATE" | "DEACTIVATE" | "DRAFT" | "EXECUTE";
            /** @description Who performed the action. */
            actor: components["schemas"]["AuditActorOutput"];
            /** @description Request context captured with the event (`userAgent`, `requestId`). Omitted when empty. */
            context?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Public identifier of the event.
             * @example 9d8e7f6a-5b4c-4321-9876-a1b2c3d4e5f6
             */
            eventId: string;
            /**
             * @description What happened.
             * @example WORKFLOW_CREATED
             * @enum {string}
             */
            eventType: "WORKFLOW_CREATED" | "WORKFLOW_UPDATED" | "WORKFLOW_ACTIVATED" | "WORKFLOW_DEACTIVATED" | "WORKFLOW_DRAFTED" | "WORKFLOW_DELETED" | "EXECUTION_STARTED" | "EXECUTION_COMPLETED" | "EXECUTION_FAILED" | "PROVIDER_CALL_STARTED" | "PROVIDER_CALL_COMPLETED" | "PROVIDER_CALL_FAILED" | "PROVIDER_CONFIG_CREATED" | "PROVIDER_CONFIG_UPDATED" | "PROVIDER_CONFIG_DELETED" | "WEBHOOK_SUBSCRIPTION_CREATED" | "WEBHOOK_SUBSCRIPTION_UPDATED" | "WEBHOOK_SUBSCRIPTION_DELETED" | "EXECUTOR_CONFIG_UPDATED" | "EXECUTOR_CONFIG_DELETED";
            /**
             * @description Lower-case hex SHA-256 of this event chained to the previous one.
             * @example a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2
             */
            hash: string;
            /**
             * @description Small set of event details, for example the workflow name or the error code of a failed execution. Omitted when empty.
             * @example {
             *       "workflow.id": "a1b2c3d4-e5f6-4890-abcd-ef1234567890",
             *       "workflow.name": "Payment Notification Flow"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description `hash` of the preceding event. Omitted for the first event of the chain.
             * @example f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5
             */
            previousHash?: string;
            /**
             * @description Id (UUID text) of the resource the event is about.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            resourceId: string;
            /**
             * @description Type of the resource the event is about.
             * @example workflow
             * @enum {string}
             */
            resourceType: "workflow" | "execution" | "provider_config" | "webhook_subscription" | "executor_config";
            /**
             * @description Whether the operation succeeded.
             * @example SUCCESS
             * @enum {string}
             */
            result: "SUCCESS" | "FAILED";
            /**
             * Format: date-time
             * @description When the event was recorded (RFC 3339, UTC, millisecond precision, exactly as hashed).
             * @example 2026-03-17T14:35:15.123Z
             */
            timestamp: string;
        };
        /** @description Parameters to check against a catalog template's parameter schema. */
        CatalogTemplateValidationRequest: {
            /**
             * @description Candidate template parameters.
             * @example {
             *       "workflowName": "Card validation",
             *       "tracerProviderConfigId": "c3d4e5f6-a7b8-4012-8def-345678901234",
             *       "midazProviderConfigId": "d4e5f6a7-b8c9-4123-8ef0-456789012345"
             *     }
             */
            params?: {
                [key: string]: unknown;
            };
        };
        /** @description Configuration to check against a catalog executor's schema. */
        CatalogValidationRequest: {
            /**
             * @description Candidate executor configuration (the executor-specific keys of a node's `data`).
             * @example {
             *       "accountId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
        };
        /** @description Successful validation result. A failed validation is reported as an error response instead. */
        CatalogValidationResponse: {
            /** @description Reserved for a validation message. Omitted when empty. */
            error?: string;
            /**
             * @description Always true in a 200 response.
             * @example true
             */
            valid: boolean;
        };
        /** @description Options for cloning a workflow. The body may be empty or omitted. */
        CloneWorkflowInput: {
            /**
             * @description Unique name of the copy. When omitted, the server picks `<source name> (copy)`, then
             *     `<source name> (copy 2)`, `(copy 3)`, … whichever is free, shortening the source name to stay within 100
             *     characters. A given name is trimmed and normalised like a workflow name (see `CreateWorkflowInput`).
             * @example Payment Notification Flow (copy)
             */
            name?: string;
        };
        /**
         * @description A new provider configuration: the connection settings and credentials Flowker uses to call one
         *     catalog provider.
         */
        CreateProviderConfigurationInput: {
            /**
             * @description Provider settings; must satisfy the provider's `configSchema` (422 FLK-0293 otherwise). Secrets are
             *     stored as sent and masked in every response.
             * @example {
             *       "base_url": "https://tracer.example.net",
             *       "api_key": "trc_live_9a8b7c6d5e4f"
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * @description Free-text description.
             * @example Fraud screening for card payments.
             */
            description?: string;
            /**
             * @description Client-defined key/value data.
             *     Bounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64
             *     characters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5
             *     levels of nesting counting the metadata object itself (FLK-0314).
             * @example {
             *       "owner": "risk-team"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name of the configuration. Stored without leading and trailing white space and in Unicode
             *     normalisation form C, so names that only differ there are the same name; white space only is refused.
             * @example Tracer Production
             */
            name: string;
            /**
             * @description Catalog id of the provider (see `GET /v1/catalog/providers`).
             * @example tracer
             */
            providerId: string;
        };
        /** @description A new webhook subscription. */
        CreateWebhookSubscriptionInput: {
            /**
             * @description Event types to deliver: a non-empty list without repetitions.
             * @example [
             *       "workflow.completed",
             *       "workflow.failed"
             *     ]
             */
            events: ("workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed")[];
            /**
             * @description Extra HTTP headers sent with every delivery: at most 20, names of at most 64 characters, values of at most 1024 characters. Reserved and hop-by-hop names are refused. Values of headers whose name suggests a credential (for example `Authorization`) are encrypted at rest and masked in responses.
             * @example {
             *       "X-Team": "payments"
             *     }
             */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description Name of the subscription, unique within the organisation.
             * @example Ledger notifications
             */
            name: string;
            /**
             * @description Signing secret (1 to 255 characters). Omit it to let the server generate a `whsec_` secret, returned once in the response. A value starting with `whsec_` must be followed by base64 of 24 to 64 bytes; any other value is used as its UTF-8 bytes.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * @description HTTPS endpoint that receives the events (at most 2048 characters).
             * @example https://hooks.example.com/flowker
             */
            url: string;
        };
        /** @description Which catalog template to use and its parameters. */
        CreateWorkflowFromTemplateInput: {
            /**
             * @description Template parameters; must satisfy the template's `paramSchema`.
             * @example {
             *       "workflowName": "Card validation",
             *       "tracerProviderConfigId": "c3d4e5f6-a7b8-4012-8def-345678901234",
             *       "midazProviderConfigId": "d4e5f6a7-b8c9-4123-8ef0-456789012345",
             *       "webhookPath": "/validate-and-transact"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @description Catalog id of the template (see `GET /v1/catalog/templates`).
             * @example tracer-midaz-validation
             */
            templateId: string;
        };
        /** @description A new workflow. It is created in status `draft`. */
        CreateWorkflowInput: {
            /**
             * @description Free-text description.
             * @example Receives a payment webhook, screens it with Tracer and books approved payments in Midaz.
             */
            description?: string;
            /** @description Edges of the graph (at most 200). Every `source` and `target` must be a node id of this request. */
            edges?: components["schemas"]["WorkflowEdgeInput"][];
            /**
             * @description Client-defined key/value data. Bounds: at most 50 top-level entries (FLK-0315), keys of at most 64
             *     characters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), and at most 5
             *     levels of objects/arrays counting the metadata object itself (FLK-0314). The whole stored workflow
             *     (name, description, nodes, edges, metadata) is capped at 512 KiB of JSON (FLK-0001).
             * @example {
             *       "team": "payments",
             *       "environment": "sandbox"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name of the workflow (case-sensitive). Leading and trailing white space is removed and the name
             *     is stored in Unicode normalisation form C, so two names that only differ there (`Café` typed with an
             *     accented letter or with a combining accent, `Payments` and `Payments `) are the same name. A name of
             *     white space only is refused.
             * @example Payment Notification Flow
             */
            name: string;
            /** @description Nodes of the graph (at most 100). A draft may have none; activation needs at least one `trigger`. */
            nodes?: components["schemas"]["WorkflowNodeInput"][];
        };
        /**
         * @description Body of every error response. Clients should branch on `code` (and the HTTP status); `title` is the
         *     short status name and `message` is human-readable text that may change between releases.
         */
        ErrorResponse: {
            /**
             * @description Stable machine-readable error code `FLK-nnnn`.
             * @example FLK-0110
             */
            code: string;
            /**
             * @description Per-field problems, keyed by the JSON path of the offending field (for example `nodes[2].type`);
             *     each value describes the problem. Present only for validation errors that concern specific fields.
             * @example {
             *       "name": "must not be empty"
             *     }
             */
            fields?: {
                [key: string]: string;
            };
            /**
             * @description Explanation for humans. Not stable; do not parse it.
             * @example Workflow name is required
             */
            message: string;
            /**
             * @description Short name of the error class, usually the HTTP status text.
             * @example Bad Request
             */
            title: string;
        };
        /** @description Input for a new execution. */
        ExecuteWorkflowInput: {
            /**
             * @description Arbitrary JSON object made available to the workflow as `workflow` in conditions and mappings
             *     (for example `workflow.amount`).
             * @example {
             *       "amount": "1500.00",
             *       "currency": "BRL",
             *       "customerId": "cus_8f2a41"
             *     }
             */
            inputData: {
                [key: string]: unknown;
            };
        };
        /** @description Handle of a started (or replayed) execution. */
        ExecutionCreateOutput: {
            /**
             * Format: uuid
             * @description Id of the execution; poll it with the execution status and results operations.
             * @example f7e6d5c4-b3a2-4098-8654-321fedcba098
             */
            executionId: string;
            /**
             * Format: date-time
             * @description When the execution was created.
             * @example 2026-03-17T14:35:00Z
             */
            startedAt: string;
            /**
             * @description Status at the time of the answer. A newly started execution is `running`, except when its workflow
             *     has no executor node: such a workflow does no I/O, runs to its end before the execution is stored,
             *     and is reported `completed` or `failed` already. A replayed execution reports its status at the time
             *     of the call.
             * @example running
             * @enum {string}
             */
            status: "pending" | "running" | "completed" | "failed";
            /**
             * Format: uuid
             * @description Id of the workflow being executed.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description One page of executions. */
        ExecutionListOutput: {
            /**
             * @description True when more items exist after this page.
             * @example false
             */
            hasMore: boolean;
            /** @description Executions of this page. */
            items: components["schemas"]["ExecutionStatusOutput"][];
            /**
             * @description Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.
             * @example eyJpZCI6ImExYjJjM2Q0In0=
             */
            nextCursor: string;
        };
        /** @description Step-by-step results of a finished execution. */
        ExecutionResultsOutput: {
            /**
             * Format: date-time
             * @description When the execution finished.
             * @example 2026-03-17T14:35:12Z
             */
            completedAt?: string;
            /**
             * Format: uuid
             * @description Id of the execution.
             * @example f7e6d5c4-b3a2-4098-8654-321fedcba098
             */
            executionId: string;
            /**
             * @description Result of the workflow: the `output` object of a `set_output` action when one ran, otherwise the
             *     whole execution context (`{"workflow": <inputData>, "<executorNodeId>": <node output>, ...}`).
             *     Usually omitted for failed executions.
             * @example {
             *       "approved": true,
             *       "transactionId": "tx_5501"
             *     }
             */
            finalOutput?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the execution was created.
             * @example 2026-03-17T14:35:00Z
             */
            startedAt: string;
            /**
             * @description Final status (results exist only for finished executions).
             * @example completed
             * @enum {string}
             */
            status: "completed" | "failed";
            /** @description Every recorded step, in execution order. */
            stepResults: components["schemas"]["StepResultOutput"][];
            /**
             * Format: uuid
             * @description Id of the executed workflow.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description Progress of one execution. */
        ExecutionStatusOutput: {
            /**
             * Format: date-time
             * @description When the execution reached a final status. Omitted while it is still in progress.
             * @example 2026-03-17T14:35:12Z
             */
            completedAt?: string;
            /**
             * @description Number of the last step recorded so far (0 before the first step).
             * @example 3
             */
            currentStepNumber: number;
            /**
             * @description Why the execution failed. Present only for `failed` executions.
             * @example node "tracer-validate": executor call failed after 5 attempts: status 503
             */
            errorMessage?: string;
            /**
             * Format: uuid
             * @description Id of the execution.
             * @example f7e6d5c4-b3a2-4098-8654-321fedcba098
             */
            executionId: string;
            /**
             * Format: date-time
             * @description When the execution was created.
             * @example 2026-03-17T14:35:00Z
             */
            startedAt: string;
            /**
             * @description `pending` → `running` → `completed` or `failed`. `completed` and `failed` are final.
             * @example completed
             * @enum {string}
             */
            status: "pending" | "running" | "completed" | "failed";
            /**
             * @description Number of non-trigger nodes in the workflow at start time. Branches not taken mean an execution may
             *     finish below this number.
             * @example 3
             */
            totalSteps: number;
            /**
             * Format: uuid
             * @description Id of the executed workflow.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description Execution counts by status for the selected time window. */
        ExecutionSummaryOutput: {
            /**
             * @description Executions that finished successfully.
             * @example 120
             */
            completed: number;
            /**
             * @description Executions that ended with an error.
             * @example 25
             */
            failed: number;
            /**
             * @description Executions created but not yet started.
             * @example 3
             */
            pending: number;
            /**
             * @description Executions in progress.
             * @example 2
             */
            running: number;
            /**
             * @description Sum of all the counts below.
             * @example 150
             */
            total: number;
        };
        /** @description How calls to the executor's endpoints authenticate. */
        ExecutorAuthenticationInput: {
            /**
             * @description Scheme-specific settings (keys, tokens, client credentials, header names).
             * @example {
             *       "header_name": "X-API-Key",
             *       "key": "sk_live_51H8xq2"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description Authentication scheme.
             * @example api_key
             * @enum {string}
             */
            type: "none" | "api_key" | "bearer" | "basic" | "oidc_client_credentials" | "oidc_user";
        };
        /** @description Authentication settings of an executor configuration, with secrets masked. */
        ExecutorAuthenticationOutput: {
            /**
             * @description Scheme-specific settings. Sensitive values are masked at any depth: strings longer than four characters
             *     become `****` followed by their last four characters, anything else becomes `********`.
             *     Omitted when empty.
             * @example {
             *       "header_name": "X-API-Key",
             *       "key": "****8xq2"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description Authentication scheme.
             * @example api_key
             * @enum {string}
             */
            type: "none" | "api_key" | "bearer" | "basic" | "oidc_client_credentials" | "oidc_user";
        };
        /** @description One page of executor configurations. */
        ExecutorConfigurationListOutput: {
            /**
             * @description True when more items exist after this page.
             * @example false
             */
            hasMore: boolean;
            /** @description Executor configurations of this page. */
            items: components["schemas"]["ExecutorConfigurationOutput"][];
            /**
             * @description Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.
             * @example eyJpZCI6ImExYjJjM2Q0In0=
             */
            nextCursor: string;
        };
        /**
         * @description A configured HTTP integration (base URL, endpoints, authentication). Status moves
         *     `unconfigured` → `configured` → `tested` → `active` ⇄ `disabled`.
         */
        ExecutorConfigurationOutput: {
            /** @description Authentication settings (secrets masked). */
            authentication: components["schemas"]["ExecutorAuthenticationOutput"];
            /**
             * @description Base URL of the remote API, without a trailing slash. The value of a query parameter that holds a
             *     credential (a row seeded with one) is masked like other secrets.
             * @example https://api.serasa.com.br/v2
             */
            baseUrl: string;
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-03-10T09:00:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description. Omitted when empty.
             * @example Credit score lookups for onboarding.
             */
            description?: string;
            /** @description Endpoints that can be called. */
            endpoints: components["schemas"]["ExecutorEndpointOutput"][];
            /**
             * Format: uuid
             * @description Id of the executor configuration.
             * @example b2c3d4e5-f6a7-4901-bcde-f23456789012
             */
            id: string;
            /**
             * Format: date-time
             * @description Time of the last connectivity test. Omitted when never tested.
             * @example 2026-03-12T16:25:00Z
             */
            lastTestedAt?: string;
            /**
             * @description Client-defined key/value data. Omitted when empty.
             * @example {
             *       "team": "onboarding"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name.
             * @example Serasa KYC
             */
            name: string;
            /**
             * @description Lifecycle status.
             * @example configured
             * @enum {string}
             */
            status: "unconfigured" | "configured" | "tested" | "active" | "disabled";
            /**
             * Format: date-time
             * @description Time of the last change.
             * @example 2026-03-12T16:20:00Z
             */
            updatedAt: string;
        };
        /** @description A catalog executor with the schema its node `data` must satisfy. */
        ExecutorDetail: {
            /**
             * @description Grouping label (the provider name).
             * @example Midaz
             */
            category: string;
            /**
             * @description Catalog id of the executor.
             * @example midaz.create-transaction
             */
            id: string;
            /**
             * @description Display name.
             * @example Create Transaction
             */
            name: string;
            /**
             * @description Catalog id of the provider the executor belongs to. Omitted when none.
             * @example midaz
             */
            providerId?: string;
            /**
             * @description Schema for the executor-specific keys of an executor node's `data`. It is a JSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.
             * @example {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["send"]}
             */
            schema: string;
            /**
             * @description Version of the executor definition.
             * @example v1
             */
            version: string;
        };
        /** @description One endpoint the executor configuration can call. */
        ExecutorEndpointInput: {
            /**
             * @description HTTP method (upper-case).
             * @example POST
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
            /**
             * @description Name of the endpoint, unique within the configuration.
             * @example check-score
             */
            name: string;
            /**
             * @description Path appended to `baseUrl`.
             * @example /kyc/score
             */
            path: string;
            /**
             * @description Request timeout in seconds.
             * @default 30
             * @example 30
             */
            timeout: number;
        };
        /** @description One endpoint of an executor configuration. */
        ExecutorEndpointOutput: {
            /**
             * @description HTTP method, stored upper-case.
             * @example POST
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
            /**
             * @description Name of the endpoint.
             * @example check-score
             */
            name: string;
            /**
             * @description Path appended to `baseUrl`.
             * @example /kyc/score
             */
            path: string;
            /**
             * @description Request timeout in seconds.
             * @example 30
             */
            timeout: number;
        };
        /** @description A catalog executor: one operation of a provider that executor nodes can call. */
        ExecutorSummary: {
            /**
             * @description Grouping label (the provider name).
             * @example Midaz
             */
            category: string;
            /**
             * @description Catalog id of the executor, `<provider>.<operation>`.
             * @example midaz.create-transaction
             */
            id: string;
            /**
             * @description Display name.
             * @example Create Transaction
             */
            name: string;
            /**
             * @description Catalog id of the provider the executor belongs to. Omitted when none.
             * @example midaz
             */
            providerId?: string;
            /**
             * @description Version of the executor definition.
             * @example v1
             */
            version: string;
        };
        /** @description ErrorResponse plus, where it applies, the execution concerned (executionId) or the wait before a retry (retryAfter). */
        ExtendedErrorResponse: {
            /** @example FLK-0505 */
            code: string;
            /**
             * Format: uuid
             * @description The execution concerned (first execution of a duplicate key, or the failed execution).
             * @example f7e6d5c4-b3a2-4098-8654-321fedcba098
             */
            executionId?: string;
            fields?: {
                [key: string]: string;
            };
            /** @example This Idempotency-Key was already used. */
            message: string;
            /**
             * @description Seconds to wait before retrying (429 only).
             * @example 2
             */
            retryAfter?: number;
            /** @example Conflict */
            title: string;
        };
        /** @description Result of checking the audit hash chain from the first event up to and including the requested one. */
        HashChainVerificationOutput: {
            /**
             * Format: int64
             * @description Internal sequence number (not the `eventId`) of the first event whose link is broken or whose hash
             *     does not match its content. Present only when `isValid` is false.
             * @example 1042
             */
            firstInvalidId?: number;
            /**
             * @description True when every event in the checked range links to its predecessor and its hash matches its content.
             * @example true
             */
            isValid: boolean;
            /**
             * @description Human-readable summary of the verification.
             * @example Hash chain is valid
             */
            message: string;
            /**
             * Format: int64
             * @description Number of events examined, including the broken one when the chain is invalid.
             * @example 1250
             */
            totalChecked: number;
        };
        /** @description Outcome of one health check. */
        HealthCheckResult: {
            /**
             * @description Short explanation. Omitted when empty.
             * @example database connection is healthy
             */
            message?: string;
            /**
             * @description `healthy` or `unhealthy` for a dependency check; `failed` when the start-up self-probe failed.
             * @example healthy
             * @enum {string}
             */
            status: "healthy" | "unhealthy" | "failed";
        };
        /** @description Overall health of the service. */
        HealthResponse: {
            /**
             * @description Individual checks keyed by name (for example `database`, `self_probe`). Omitted when empty.
             * @example {
             *       "database": {
             *         "status": "healthy",
             *         "message": "database connection is healthy"
             *       }
             *     }
             */
            checks?: {
                [key: string]: components["schemas"]["HealthCheckResult"];
            };
            /**
             * @description Overall verdict; `unhealthy` comes with HTTP 503.
             * @example healthy
             * @enum {string}
             */
            status: "healthy" | "unhealthy";
            /**
             * Format: date-time
             * @description When the check ran.
             * @example 2026-03-17T14:00:00Z
             */
            timestamp: string;
            /**
             * @description Time since the process started, as a duration string. Omitted when unknown.
             * @example 127h3m56s
             */
            uptime?: string;
            /**
             * @description Build version of the service. Omitted when unknown.
             * @example 1.1.0
             */
            version?: string;
        };
        /** @description Canvas coordinates of a node. Only used by editors; has no effect on execution. */
        PositionInput: {
            /**
             * @description Horizontal position.
             * @example 250
             */
            x?: number;
            /**
             * @description Vertical position.
             * @example 150
             */
            y?: number;
        };
        /** @description Canvas coordinates of a node. */
        PositionOutput: {
            /**
             * @description Horizontal position.
             * @example 250
             */
            x: number;
            /**
             * @description Vertical position.
             * @example 150
             */
            y: number;
        };
        /**
         * @description Report of a connectivity test. The test never changes the configuration; the overall verdict is in
         *     `overallStatus`, not in the HTTP status.
         */
        ProviderConfigTestResultOutput: {
            /**
             * Format: date-time
             * @description When the test finished.
             * @example 2026-03-17T14:01:01Z
             */
            completedAt?: string;
            /**
             * @description Total duration in milliseconds.
             * @example 645
             */
            durationMs: number;
            /**
             * @description `passed`: no stage failed; `failed`: no stage passed; `partial`: some of each.
             * @example passed
             * @enum {string}
             */
            overallStatus: "passed" | "failed" | "partial";
            /**
             * Format: uuid
             * @description Id of the tested configuration.
             * @example c3d4e5f6-a7b8-4012-8def-345678901234
             */
            providerConfigId: string;
            /**
             * @description Catalog id of its provider.
             * @example tracer
             */
            providerId: string;
            /** @description Stages in the order they ran. */
            stages: components["schemas"]["StageTestResultOutput"][];
            /**
             * Format: date-time
             * @description When the test started.
             * @example 2026-03-17T14:01:00Z
             */
            startedAt: string;
            /**
             * @description One-sentence summary of the outcome.
             * @example All connectivity tests passed
             */
            summary: string;
        };
        /** @description Summary of a newly created provider configuration. */
        ProviderConfigurationCreateOutput: {
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-03-10T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description Id of the new provider configuration.
             * @example c3d4e5f6-a7b8-4012-8def-345678901234
             */
            id: string;
            /**
             * @description Its name.
             * @example Tracer Production
             */
            name: string;
            /**
             * @description New configurations start `active`.
             * @example active
             * @enum {string}
             */
            status: "active";
        };
        /** @description One page of provider configurations. */
        ProviderConfigurationListOutput: {
            /**
             * @description True when more items exist after this page.
             * @example false
             */
            hasMore: boolean;
            /** @description Provider configurations of this page. */
            items: components["schemas"]["ProviderConfigurationOutput"][];
            /**
             * @description Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.
             * @example eyJpZCI6ImExYjJjM2Q0In0=
             */
            nextCursor: string;
        };
        /** @description A provider configuration, with secrets masked. */
        ProviderConfigurationOutput: {
            /**
             * @description Provider settings. Sensitive values (keys, secrets, passwords, tokens, authorization and cookie
             *     headers and similar) are masked at any depth, inside `headers` too: strings longer than four
             *     characters become `****` plus their last four characters, other values become `********`.
             * @example {
             *       "base_url": "https://tracer.example.net",
             *       "api_key": "****5e4f"
             *     }
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-03-10T09:00:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description. Omitted when empty.
             * @example Fraud screening for card payments.
             */
            description?: string;
            /**
             * Format: uuid
             * @description Id of the provider configuration.
             * @example c3d4e5f6-a7b8-4012-8def-345678901234
             */
            id: string;
            /**
             * @description Client-defined key/value data. Omitted when empty.
             * @example {
             *       "owner": "risk-team"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name.
             * @example Tracer Production
             */
            name: string;
            /**
             * @description Catalog id of the provider.
             * @example tracer
             */
            providerId: string;
            /**
             * @description `active` configurations can be used by workflows; `disabled` ones cannot.
             * @example active
             * @enum {string}
             */
            status: "active" | "disabled";
            /**
             * Format: date-time
             * @description Time of the last change.
             * @example 2026-03-11T10:15:00Z
             */
            updatedAt: string;
        };
        /** @description A catalog provider with the schema its configurations must satisfy. */
        ProviderDetail: {
            /**
             * @description Schema for the `config` of a provider configuration of this provider. It is a JSON Schema (draft 2020-12)
             *     document serialised as a JSON **string**; parse it to use it. Besides the standard keywords, a URL setting
             *     marked `x-base-url` must be an `http` or `https` URL with a host and without user info (credentials go
             *     into their own settings), else 422 FLK-0293.
             * @example {"type":"object","required":["base_url","api_key"]}
             */
            configSchema: string;
            /**
             * @description What the provider does.
             * @example Transaction validation and fraud screening.
             */
            description: string;
            /**
             * @description Catalog id of the provider.
             * @example tracer
             */
            id: string;
            /**
             * @description Display name.
             * @example Tracer
             */
            name: string;
            /**
             * @description Version of the provider definition.
             * @example v1
             */
            version: string;
        };
        /** @description A catalog provider: an external system Flowker can call. */
        ProviderSummary: {
            /**
             * @description What the provider does.
             * @example Transaction validation and fraud screening.
             */
            description: string;
            /**
             * @description Catalog id of the provider.
             * @example tracer
             */
            id: string;
            /**
             * @description Display name.
             * @example Tracer
             */
            name: string;
            /**
             * @description Version of the provider definition.
             * @example v1
             */
            version: string;
        };
        /** @description Readiness of one dependency. */
        ReadyzDependencyCheck: {
            /**
             * @description Circuit-breaker state when `degraded`.
             * @example open
             */
            breaker_state?: string;
            /**
             * @description Why the dependency is `down`.
             * @example timeout exceeded
             */
            error?: string;
            /**
             * @description Round-trip time of the check in milliseconds (for `up` and `degraded`).
             * @example 3
             */
            latency_ms?: number;
            /**
             * @description Why the check was `skipped` or is `n/a`.
             * @example not configured
             */
            reason?: string;
            /**
             * @description `up`: reachable; `down`: unreachable or timed out; `degraded`: reachable but impaired (for example
             *     an open circuit breaker); `skipped` / `n/a`: not checked in this deployment.
             * @example up
             * @enum {string}
             */
            status: "up" | "down" | "degraded" | "skipped" | "n/a";
            /**
             * @description Present and true when the connection uses TLS.
             * @example true
             */
            tls?: boolean;
        };
        /** @description Readiness of the service to take traffic. */
        ReadyzResponse: {
            /**
             * @description Dependency checks keyed by dependency name (for example `database`). Empty while the service is draining.
             * @example {
             *       "database": {
             *         "status": "up",
             *         "latency_ms": 3
             *       }
             *     }
             */
            checks: {
                [key: string]: components["schemas"]["ReadyzDependencyCheck"];
            };
            /**
             * @description Deployment mode the service was started with.
             * @example local
             * @enum {string}
             */
            deployment_mode: "saas" | "byoc" | "local";
            /**
             * @description `unhealthy` (HTTP 503) when any dependency is down or degraded, or while the service is draining.
             * @example healthy
             * @enum {string}
             */
            status: "healthy" | "unhealthy";
            /**
             * @description Version of the running service.
             * @example 1.1.0
             */
            version: string;
        };
        /** @description Options of a secret rotation. */
        RotateWebhookSecretInput: {
            /**
             * @description How long secrets generated earlier stay valid (0 = revoke them now; at most 7 days).
             * @example 3600
             */
            overlapSeconds?: number;
        };
        /** @description Result of one stage of a connectivity test. */
        StageTestResultOutput: {
            /**
             * @description Stage measurements such as `statusCode`, `responseTimeMs`, `url`. Omitted when empty.
             * @example {
             *       "statusCode": 200,
             *       "responseTimeMs": 212,
             *       "url": "https://tracer.example.net"
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description Duration of the stage in milliseconds.
             * @example 212
             */
            durationMs: number;
            /**
             * @description Error text of a failed stage. Omitted when empty.
             * @example unexpected status 503
             */
            error?: string;
            /**
             * @description Short explanation. Omitted when empty.
             * @example Endpoint reachable
             */
            message?: string;
            /**
             * @description `connectivity` (plain request), `authentication` (request with credentials), `end_to_end` (full response read).
             * @example connectivity
             * @enum {string}
             */
            name: "connectivity" | "authentication" | "end_to_end";
            /**
             * @description Outcome; stages after a failed one are `skipped`.
             * @example passed
             * @enum {string}
             */
            status: "passed" | "failed" | "skipped";
        };
        /** @description Number of workflows in one status. */
        StatusCountOutput: {
            /**
             * @description Number of workflows in that status.
             * @example 8
             */
            count: number;
            /**
             * @description Workflow status (`draft`, `active` or `inactive`).
             * @example active
             */
            status: string;
        };
        /** @description Outcome of one executed node. */
        StepResultOutput: {
            /**
             * @description How long the step took, in milliseconds.
             * @example 412
             */
            durationMs: number;
            /**
             * @description Why the step failed. Present only for failed steps.
             * @example input transformation failed: missing required source workflow.amount
             */
            errorMessage?: string;
            /**
             * Format: date-time
             * @description When the step started.
             * @example 2026-03-17T14:35:01Z
             */
            executedAt: string;
            /**
             * @description Id of the node that ran.
             * @example tracer-validate
             */
            nodeId: string;
            /**
             * @description What the node produced: for executor nodes the (mapped) provider response, for conditional nodes
             *     `{condition, result, branchTaken}`, for a `transform` action its result, for other action nodes their
             *     `data` (secrets masked). Omitted when empty (skipped steps have none).
             * @example {
             *       "status": 200,
             *       "body": {
             *         "decision": "ALLOW"
             *       }
             *     }
             */
            output?: {
                [key: string]: unknown;
            };
            /**
             * @description Outcome of the step.
             * @example completed
             * @enum {string}
             */
            status: "running" | "completed" | "failed" | "skipped";
            /**
             * @description The node `name`, or `<type>_<nodeId>` when the node has no name.
             * @example Tracer Validate Transaction
             */
            stepName: string;
            /**
             * @description Position of the step in execution order, starting at 1.
             * @example 1
             */
            stepNumber: number;
        };
        /** @description A catalog template with the schema of its parameters. */
        TemplateDetail: {
            /**
             * @description Grouping label.
             * @example Compliance
             */
            category: string;
            /**
             * @description What the generated workflow does.
             * @example Validates a transaction with Tracer and, when approved, books it in Midaz.
             */
            description: string;
            /**
             * @description Catalog id of the template.
             * @example tracer-midaz-validation
             */
            id: string;
            /**
             * @description Display name.
             * @example Tracer Validation + Midaz Transaction
             */
            name: string;
            /**
             * @description Schema of the `params` accepted by the template. Parameters that reference a provider
             *     configuration list the currently active configurations of that provider as `oneOf` choices
             *     (`const` = configuration id, `title` = its name); when that provider has no active configuration the
             *     parameter carries `not: {}` instead (nothing can be chosen; JSON Schema allows no empty `oneOf`). It is a
             *     JSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.
             * @example {"type":"object","required":["workflowName","tracerProviderConfigId","midazProviderConfigId"]}
             */
            paramSchema: string;
            /**
             * @description Version of the template.
             * @example v1
             */
            version: string;
        };
        /** @description A catalog template: a parameterised blueprint that builds a complete workflow. */
        TemplateSummary: {
            /**
             * @description Grouping label.
             * @example Compliance
             */
            category: string;
            /**
             * @description What the generated workflow does.
             * @example Validates a transaction with Tracer and, when approved, books it in Midaz.
             */
            description: string;
            /**
             * @description Catalog id of the template.
             * @example tracer-midaz-validation
             */
            id: string;
            /**
             * @description Display name.
             * @example Tracer Validation + Midaz Transaction
             */
            name: string;
            /**
             * @description Version of the template.
             * @example v1
             */
            version: string;
        };
        /** @description A catalog trigger with the schema describing its node `data`. */
        TriggerDetail: {
            /**
             * @description Catalog id of the trigger.
             * @example webhook
             */
            id: string;
            /**
             * @description Display name.
             * @example Webhook
             */
            name: string;
            /**
             * @description Schema of the trigger node `data`. It is a JSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.
             * @example {"type":"object","properties":{"path":{"type":"string","minLength":1}}}
             */
            schema: string;
            /**
             * @description Version of the trigger definition.
             * @example v1
             */
            version: string;
        };
        /** @description A catalog trigger: a way to start a workflow. */
        TriggerSummary: {
            /**
             * @description Catalog id of the trigger.
             * @example webhook
             */
            id: string;
            /**
             * @description Display name.
             * @example Webhook
             */
            name: string;
            /**
             * @description Version of the trigger definition.
             * @example v1
             */
            version: string;
        };
        /**
         * @description Full replacement of an executor configuration's settings. `metadata` is merged key by key into the
         *     stored metadata instead of replacing it.
         */
        UpdateExecutorConfigurationInput: {
            /**
             * @description Authentication settings, replacing the stored ones. A secret in `config` sent back as exactly the mask
             *     of its stored value at the same place keeps the stored secret, so settings read and sent back
             *     unchanged stay as they were; any other value replaces it.
             */
            authentication: components["schemas"]["ExecutorAuthenticationInput"];
            /**
             * Format: uri
             * @description Absolute `http` or `https` URL of the remote API, without user info (`user:password@`), without a
             *     `#fragment` (endpoint paths are appended to it, and after a `#` a path is no longer part of the URL's path) and
             *     without a query parameter that holds a credential (`api_key`, `token`, `key`, `sig`, `signature`,
             *     `password`…; 400 FLK-0263): credentials belong in `authentication`, whose secrets are masked. A trailing
             *     slash is removed.
             * @example https://api.serasa.com.br/v2
             */
            baseUrl: string;
            /**
             * @description Free-text description. Omitting it clears the stored description.
             * @example Credit score lookups for onboarding.
             */
            description?: string;
            /** @description Endpoints that can be called; at least one. */
            endpoints: components["schemas"]["ExecutorEndpointInput"][];
            /**
             * @description Key/value data merged into the stored metadata. The merged result must stay within the bounds.
             *     Bounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64
             *     characters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5
             *     levels of nesting counting the metadata object itself (FLK-0314).
             * @example {
             *       "team": "onboarding"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name. Stored without leading and trailing white space and in Unicode normalisation form C, so
             *     names that only differ there are the same name; white space only is refused.
             * @example Serasa KYC
             */
            name: string;
        };
        /**
         * @description Partial update: only the fields present are changed. `config`, when present, replaces the whole stored
         *     configuration (after validation against the provider schema); `metadata` is merged key by key.
         */
        UpdateProviderConfigurationInput: {
            /**
             * @description Replacement provider settings; must satisfy the provider's `configSchema`. A secret sent back as
             *     exactly the mask of its stored value at the same place (`****1234`, `********`) keeps the stored
             *     secret; any other value replaces it.
             * @example {
             *       "base_url": "https://eu.tracer.example.net",
             *       "api_key": "trc_live_1f2e3d4c5b6a"
             *     }
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * @description New description.
             * @example Fraud screening for EU card payments.
             */
            description?: string;
            /**
             * @description Keys to add or overwrite in the stored metadata. The merged result must stay within the bounds.
             *     Bounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64
             *     characters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5
             *     levels of nesting counting the metadata object itself (FLK-0314).
             * @example {
             *       "owner": "risk-team-eu"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description New unique name, trimmed and normalised like the name of a new configuration.
             * @example Tracer Production (EU)
             */
            name?: string;
        };
        /** @description Partial update: only the fields present change. */
        UpdateWebhookSubscriptionInput: {
            /**
             * @description Enable (`true`) or disable (`false`) deliveries.
             * @example true
             */
            active?: boolean;
            /**
             * @description Replacement list of event types: non-empty, without repetitions.
             * @example [
             *       "workflow.completed",
             *       "workflow.failed"
             *     ]
             */
            events?: ("workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed")[];
            /**
             * @description Replacement set of extra HTTP headers sent with every delivery: at most 20, names of at most 64 characters, values of at most 1024 characters. Reserved and hop-by-hop names are refused. Values of headers whose name suggests a credential (for example `Authorization`) are encrypted at rest and masked in responses.
             * @example {
             *       "X-Team": "payments"
             *     }
             */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description New name, unique within the organisation.
             * @example Ledger notifications
             */
            name?: string;
            /**
             * @description New signing secret (1 to 255 characters, same rules as at creation). Never returned.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * @description Only with `secret`. For this many seconds (at most 7 days) every delivery is signed with the secret being replaced as well as with the new one, in `webhook-signature`; `X-Webhook-Signature` uses the new secret only. 0 or absent ends the old secret at once (after a leak, for example).
             * @example 86400
             */
            secretOverlapSeconds?: number;
            /**
             * @description New HTTPS endpoint (at most 2048 characters).
             * @example https://hooks.example.com/flowker
             */
            url?: string;
        };
        /**
         * @description Replacement content of a draft workflow. `name`, `description`, `nodes` and `edges` are replaced
         *     (omitting `description`, `nodes` or `edges` clears them); `metadata` is merged key by key into the stored
         *     metadata.
         */
        UpdateWorkflowInput: {
            /**
             * @description Free-text description.
             * @example Receives a payment webhook, screens it with Tracer and books approved payments in Midaz.
             */
            description?: string;
            /** @description Edges of the graph (at most 200). Every `source` and `target` must be a node id of this request. */
            edges?: components["schemas"]["WorkflowEdgeInput"][];
            /**
             * @description Keys to add or overwrite in the stored metadata; keys not sent are kept. The merged metadata must stay
             *     within the bounds described for `CreateWorkflowInput.metadata` (FLK-0312..FLK-0315).
             * @example {
             *       "team": "payments",
             *       "environment": "sandbox"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name of the workflow (case-sensitive). Leading and trailing white space is removed and the name
             *     is stored in Unicode normalisation form C, so two names that only differ there (`Café` typed with an
             *     accented letter or with a combining accent, `Payments` and `Payments `) are the same name. A name of
             *     white space only is refused.
             * @example Payment Notification Flow v2
             */
            name: string;
            /** @description Nodes of the graph (at most 100). A draft may have none; activation needs at least one `trigger`. */
            nodes?: components["schemas"]["WorkflowNodeInput"][];
        };
        /** @description Version of the running service. */
        VersionResponse: {
            /**
             * Format: date-time
             * @description Server time (UTC) when the request was answered.
             * @example 2026-03-17T14:00:00Z
             */
            requestDate: string;
            /**
             * @description Configured version string (the `VERSION` setting; `1.1.0` when not set).
             * @example 1.1.0
             */
            version: string;
        };
        /** @description Handle of the execution a webhook call started, replayed or waited for. */
        WebhookCallOutput: {
            /**
             * Format: date-time
             * @description Synchronous mode - when the execution finished.
             * @example 2026-03-17T14:35:00.120Z
             */
            completedAt?: string;
            /**
             * @description Present (true) when the call repeated a delivery id already accepted; nothing new was started.
             * @example true
             */
            deduplicated?: boolean;
            /**
             * Format: uuid
             * @description Id of the execution.
             * @example f7e6d5c4-b3a2-4098-8654-321fedcba098
             */
            executionId: string;
            /**
             * @description Synchronous mode - the execution's final output.
             * @example {
             *       "approved": true
             *     }
             */
            output?: unknown;
            /**
             * Format: date-time
             * @description When the execution started (UTC).
             * @example 2026-03-17T14:35:00.000Z
             */
            startedAt: string;
            /**
             * @description Status of the execution when the answer was written.
             * @example running
             * @enum {string}
             */
            status: "pending" | "running" | "completed" | "failed";
            /**
             * Format: uuid
             * @description Id of the workflow.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description One attempt to deliver an event to a subscription. */
        WebhookDeliveryAttemptOutput: {
            /**
             * @description Attempt number within the delivery, starting at 1 (resends continue the count).
             * @example 1
             */
            attempt: number;
            /**
             * Format: date-time
             * @description When the attempt was made.
             * @example 2026-03-17T14:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description Delivery (one event for one subscription) this attempt belongs to; pass it to the resend operation.
             * @example 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            deliveryId: string;
            /**
             * @description Time from sending the request to receiving the whole response (or giving up), in milliseconds.
             * @example 84
             */
            durationMs: number;
            /**
             * @description Why the attempt failed, when it did (for example a timeout, a refused connection, a blocked address or a non-2xx status).
             * @example endpoint answered 503 Service Unavailable
             */
            error?: string;
            /**
             * @description Id of the event, sent as the `webhook-id` header and the `id` of the body; the same on every attempt and resend.
             * @example evt_2b7c9d0e1f2a4b3c8d4e5f6a7b8c9d0e
             */
            eventId: string;
            /**
             * @description Type of the event.
             * @example workflow.completed
             * @enum {string}
             */
            eventType: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";
            /**
             * Format: uuid
             * @description Id of this log entry.
             * @example 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b
             */
            id: string;
            /**
             * Format: date-time
             * @description When the next automatic attempt is due. Present only on failed attempts that will be retried.
             * @example 2026-03-17T14:30:00.000Z
             */
            nextAttemptAt?: string;
            /**
             * @description The start of the response body as text, at most 1 KiB.
             * @example {"received":true}
             */
            responseBody?: string;
            /**
             * @description True when the response body was longer than `responseBody` shows.
             * @example false
             */
            responseTruncated?: boolean;
            /**
             * @description HTTP status the endpoint answered. Absent when no response was received.
             * @example 200
             */
            statusCode?: number;
            /**
             * Format: uuid
             * @description Subscription the attempt was made for.
             * @example f1e2d3c4-b5a6-4978-8877-665544332211
             */
            subscriptionId: string;
            /**
             * @description True when the endpoint answered with a 2xx status.
             * @example true
             */
            succeeded: boolean;
            /**
             * @description What caused the attempt: the first try of an event, an automatic retry, a resend request or the test operation.
             * @example event
             * @enum {string}
             */
            trigger: "event" | "retry" | "resend" | "test";
        };
        /** @description One page of deliveries. */
        WebhookDeliveryListOutput: {
            /**
             * @description True when items exist after this page (request again with `offset` + `limit`).
             * @example false
             */
            hasMore: boolean;
            /** @description The deliveries of this page. */
            items: components["schemas"]["WebhookDeliveryOutput"][];
            /**
             * @description The `limit` applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The `offset` applied.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items matching the request, on all pages.
             * @example 1
             */
            total: number;
        };
        /** @description One page of delivery attempts. */
        WebhookDeliveryLogListOutput: {
            /**
             * @description True when items exist after this page (request again with `offset` + `limit`).
             * @example false
             */
            hasMore: boolean;
            /** @description The delivery attempts of this page. */
            items: components["schemas"]["WebhookDeliveryAttemptOutput"][];
            /**
             * @description The `limit` applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The `offset` applied.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items matching the request, on all pages.
             * @example 1
             */
            total: number;
        };
        /** @description The delivery of one event to one subscription. */
        WebhookDeliveryOutput: {
            /**
             * @description Attempts made so far.
             * @example 3
             */
            attempts: number;
            /**
             * Format: date-time
             * @description When the delivery was created.
             * @example 2026-03-17T14:30:00.000Z
             */
            createdAt: string;
            /**
             * @description Id of the event, sent as the `webhook-id` header and the `id` of the body; the same on every attempt and resend.
             * @example evt_2b7c9d0e1f2a4b3c8d4e5f6a7b8c9d0e
             */
            eventId: string;
            /**
             * @description Type of the event.
             * @example workflow.completed
             * @enum {string}
             */
            eventType: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";
            /**
             * Format: uuid
             * @description Delivery (one event for one subscription) this attempt belongs to; pass it to the resend operation.
             * @example 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @description Why the latest attempt failed, if it did.
             * @example endpoint answered 503 Service Unavailable
             */
            lastError?: string;
            /**
             * @description Status of the latest response, if any.
             * @example 503
             */
            lastStatusCode?: number;
            /**
             * Format: date-time
             * @description When the next attempt is due, while `pending`.
             * @example 2026-03-17T14:30:00.000Z
             */
            nextAttemptAt?: string;
            /**
             * @description `pending` (waiting for its next attempt), `delivering` (being sent), `succeeded`, `failed` (given up without using every retry, for example because the endpoint answered 410 or the subscription was disabled) or `exhausted` (every retry failed).
             * @example pending
             * @enum {string}
             */
            status: "pending" | "delivering" | "succeeded" | "failed" | "exhausted";
            /**
             * Format: uuid
             * @description Subscription the attempt was made for.
             * @example f1e2d3c4-b5a6-4978-8877-665544332211
             */
            subscriptionId: string;
            /**
             * Format: date-time
             * @description When the delivery last changed.
             * @example 2026-03-17T14:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A freshly generated webhook secret. Shown once. */
        WebhookSecretOutput: {
            /**
             * Format: date-time
             * @example 2026-03-17T14:35:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the secrets generated earlier stop working (absent when there were none).
             * @example 2026-03-17T15:35:00.000Z
             */
            previousSecretsExpireAt?: string;
            /**
             * @description The secret (43 characters, base64url of 32 random bytes). Store it now; only its hash is kept.
             * @example 3q2-7wEAAAD_secret_example_3q2-7wEAAAD_secret
             */
            secret: string;
            /**
             * Format: uuid
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description The created subscription, with the generated secret when the server made one. */
        WebhookSubscriptionCreateOutput: {
            /**
             * @description Whether events are delivered. The server sets it to `false` when the endpoint answers 410 Gone or keeps failing (see `disabledReason`).
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When the subscription was created.
             * @example 2026-03-17T14:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the subscription became inactive. Absent while active.
             * @example 2026-03-17T14:30:00.000Z
             */
            disabledAt?: string;
            /**
             * @description Why the subscription is inactive: `endpoint_gone` (the endpoint answered 410 Gone), `failing_continuously` (every attempt failed for the configured period, 5 days by default) or `disabled_by_user`. Absent while active.
             * @example endpoint_gone
             * @enum {string}
             */
            disabledReason?: "endpoint_gone" | "failing_continuously" | "disabled_by_user";
            /**
             * @description Event types delivered to the endpoint.
             * @example [
             *       "workflow.completed"
             *     ]
             */
            events: ("workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed")[];
            /**
             * @description Extra headers sent with every delivery; credential-like values are masked (`****` and the last 4 characters).
             * @example {
             *       "X-Team": "payments"
             *     }
             */
            headers: {
                [key: string]: string;
            };
            /**
             * Format: uuid
             * @description Id of the subscription.
             * @example f1e2d3c4-b5a6-4978-8877-665544332211
             */
            id: string;
            /**
             * @description Name of the subscription.
             * @example Ledger notifications
             */
            name: string;
            /**
             * @description Organisation owning the subscription.
             * @example default
             */
            organizationId: string;
            /**
             * @description The generated signing secret (`whsec_` + base64 of 32 bytes). Returned only here and only when the request had no `secret`.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * Format: date-time
             * @description When the subscription was last changed, by a client or by the server disabling it.
             * @example 2026-03-17T14:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Endpoint receiving the events. The value of a query parameter that holds a credential (`token`, `key`,
             *     `sig`, `api_key`…) is masked; a PATCH sending the URL back with the mask keeps the stored value.
             * @example https://hooks.example.com/flowker
             */
            url: string;
        };
        /** @description One page of webhook subscriptions. */
        WebhookSubscriptionListOutput: {
            /**
             * @description True when items exist after this page (request again with `offset` + `limit`).
             * @example false
             */
            hasMore: boolean;
            /** @description The webhook subscriptions of this page. */
            items: components["schemas"]["WebhookSubscriptionOutput"][];
            /**
             * @description The `limit` applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The `offset` applied.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items matching the request, on all pages.
             * @example 1
             */
            total: number;
        };
        /** @description A webhook subscription. Its secret is never included. */
        WebhookSubscriptionOutput: {
            /**
             * @description Whether events are delivered. The server sets it to `false` when the endpoint answers 410 Gone or keeps failing (see `disabledReason`).
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When the subscription was created.
             * @example 2026-03-17T14:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the subscription became inactive. Absent while active.
             * @example 2026-03-17T14:30:00.000Z
             */
            disabledAt?: string;
            /**
             * @description Why the subscription is inactive: `endpoint_gone` (the endpoint answered 410 Gone), `failing_continuously` (every attempt failed for the configured period, 5 days by default) or `disabled_by_user`. Absent while active.
             * @example endpoint_gone
             * @enum {string}
             */
            disabledReason?: "endpoint_gone" | "failing_continuously" | "disabled_by_user";
            /**
             * @description Event types delivered to the endpoint.
             * @example [
             *       "workflow.completed"
             *     ]
             */
            events: ("workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed")[];
            /**
             * @description Extra headers sent with every delivery; credential-like values are masked (`****` and the last 4 characters).
             * @example {
             *       "X-Team": "payments"
             *     }
             */
            headers: {
                [key: string]: string;
            };
            /**
             * Format: uuid
             * @description Id of the subscription.
             * @example f1e2d3c4-b5a6-4978-8877-665544332211
             */
            id: string;
            /**
             * @description Name of the subscription.
             * @example Ledger notifications
             */
            name: string;
            /**
             * @description Organisation owning the subscription.
             * @example default
             */
            organizationId: string;
            /**
             * Format: date-time
             * @description While the secret replaced by the last rotation still signs deliveries (see `secretOverlapSeconds`), when it stops. Absent otherwise.
             * @example 2026-03-18T14:30:00.000Z
             */
            previousSecretExpiresAt?: string;
            /**
             * Format: date-time
             * @description When the subscription was last changed, by a client or by the server disabling it.
             * @example 2026-03-17T14:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Endpoint receiving the events. The value of a query parameter that holds a credential (`token`, `key`,
             *     `sig`, `api_key`…) is masked; a PATCH sending the URL back with the mask keeps the stored value.
             * @example https://hooks.example.com/flowker
             */
            url: string;
        };
        /** @description Summary of a newly created workflow. */
        WorkflowCreateOutput: {
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-03-17T14:30:00Z
             */
            createdAt: string;
            /**
             * @description New workflows start as `draft`.
             * @example draft
             * @enum {string}
             */
            status: "draft";
            /**
             * @description Definition version; always `1.0.0` (workflows are not versioned).
             * @example 1.0.0
             * @enum {string}
             */
            version: "1.0.0";
            /**
             * Format: uuid
             * @description Id of the new workflow.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            workflowId: string;
        };
        /** @description A directed connection from one node to another. */
        WorkflowEdgeInput: {
            /**
             * @description Optional condition (the language of conditional nodes) that gates the edge: it is taken only when the condition is absent, blank or true. Activation refuses one that does not parse (400 FLK-0105); one that cannot be evaluated fails the execution (FLK-0504). Conditional nodes branch through `sourceHandle`.
             * @example tracer-validate.body.decision == "ALLOW"
             */
            condition?: string;
            /**
             * @description Identifier of the edge, unique within the workflow.
             * @example trigger-to-tracer
             */
            id: string;
            /**
             * @description Display label.
             * @example Approved
             */
            label?: string;
            /**
             * @description Id of the node the edge leaves.
             * @example webhook-trigger
             */
            source: string;
            /**
             * @description For edges leaving a conditional node: `"true"` or `"false"`, the branch this edge belongs to (any other value is 400 FLK-0115; activation also refuses such an edge without one, which no branch would take). Ignored on edges leaving other nodes.
             * @example true
             */
            sourceHandle?: string;
            /**
             * @description Id of the node the edge enters.
             * @example tracer-validate
             */
            target: string;
        };
        /** @description One edge of a stored workflow. */
        WorkflowEdgeOutput: {
            /**
             * @description Condition gating the edge (see WorkflowEdgeInput). Omitted when empty.
             * @example tracer-validate.body.decision == "ALLOW"
             */
            condition?: string;
            /**
             * @description Identifier of the edge.
             * @example trigger-to-tracer
             */
            id: string;
            /**
             * @description Display label. Omitted when empty.
             * @example Approved
             */
            label?: string;
            /**
             * @description Id of the node the edge leaves.
             * @example webhook-trigger
             */
            source: string;
            /**
             * @description Branch (`"true"`/`"false"`) for edges leaving a conditional node. Omitted when empty.
             * @example true
             */
            sourceHandle?: string;
            /**
             * @description Id of the node the edge enters.
             * @example tracer-validate
             */
            target: string;
        };
        /** @description One page of workflows. */
        WorkflowListOutput: {
            /**
             * @description True when more items exist after this page.
             * @example false
             */
            hasMore: boolean;
            /** @description Workflows of this page. */
            items: components["schemas"]["WorkflowOutput"][];
            /**
             * @description Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.
             * @example eyJpZCI6ImExYjJjM2Q0In0=
             */
            nextCursor: string;
        };
        /** @description One step of the workflow graph. */
        WorkflowNodeInput: {
            /**
             * @description Settings of the node; the keys depend on `type`:
             *     - `trigger`: `triggerType` (`webhook` registers a webhook route on activation), `path` and `method` of
             *       the route, optional `verify_token` expected in `X-Webhook-Token`, optional `signature`
             *       (`{scheme, secret, toleranceSeconds}`), `rateLimit` and `responseMode`.
             *     - Secrets in `data` (`verify_token`, the `secret` of `signature` and every other field of it but its
             *       settings, any secret-named key) are encrypted at rest and masked in responses (`****` + last 4
             *       characters); sending a mask back unchanged keeps the stored secret.
             *     - `executor`: `executorId` (catalog executor), `providerConfigId` (UUID of an active provider
             *       configuration of the same provider), optional `endpointName`, `path`, `method`, `timeout`,
             *       `inputMapping`, `outputMapping`, `transforms`. Any other keys must satisfy the executor's schema.
             *     - `conditional`: `condition`, an expression such as `workflow.amount > 1000`; outgoing edges choose the
             *       branch with `sourceHandle` `"true"` / `"false"`.
             *     - `action`: `actionType` is one of `set_output` (its `output` object becomes the execution's
             *       `finalOutput`), `log` (writes `message` and `data` to the service log) or `transform` (applies the
             *       `mapping` list, same shape as `inputMapping`, or the `transforms` list to the execution context; the
             *       result becomes the node's output, readable later as `<nodeId>.<field>`). Any other value records a
             *       step whose output is the node's `data`.
             * @example {
             *       "executorId": "tracer.validate-transaction",
             *       "providerConfigId": "c3d4e5f6-a7b8-4012-8def-345678901234",
             *       "path": "/v1/validations",
             *       "method": "POST",
             *       "inputMapping": [
             *         {
             *           "source": "workflow.amount",
             *           "target": "amount"
             *         }
             *       ]
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @description Identifier of the node, unique within the workflow; edges refer to it.
             * @example tracer-validate
             */
            id: string;
            /**
             * @description Display name, also used as the step name in execution results.
             * @example Tracer Validate Transaction
             */
            name?: string;
            /** @description Canvas coordinates. */
            position: components["schemas"]["PositionInput"];
            /**
             * @description Kind of node.
             * @example executor
             * @enum {string}
             */
            type: "trigger" | "executor" | "conditional" | "action";
        };
        /** @description One node of a stored workflow. */
        WorkflowNodeOutput: {
            /**
             * @description Settings of the node (see `WorkflowNodeInput.data`). Omitted when empty.
             * @example {
             *       "executorId": "tracer.validate-transaction",
             *       "providerConfigId": "c3d4e5f6-a7b8-4012-8def-345678901234"
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @description Identifier of the node.
             * @example tracer-validate
             */
            id: string;
            /**
             * @description Display name. Omitted when empty.
             * @example Tracer Validate Transaction
             */
            name?: string;
            /** @description Canvas coordinates. */
            position: components["schemas"]["PositionOutput"];
            /**
             * @description Kind of node (`trigger`, `executor`, `conditional` or `action`).
             * @example executor
             */
            type: string;
        };
        /** @description A stored workflow. */
        WorkflowOutput: {
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-03-17T14:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description. Omitted when empty.
             * @example Receives a payment webhook, screens it with Tracer and books approved payments in Midaz.
             */
            description?: string;
            /** @description Edges of the graph. */
            edges: components["schemas"]["WorkflowEdgeOutput"][];
            /**
             * Format: uuid
             * @description Id of the workflow.
             * @example a1b2c3d4-e5f6-4890-abcd-ef1234567890
             */
            id: string;
            /**
             * @description Client-defined key/value data. Omitted when empty.
             * @example {
             *       "team": "payments"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Unique name.
             * @example Payment Notification Flow
             */
            name: string;
            /** @description Nodes of the graph. */
            nodes: components["schemas"]["WorkflowNodeOutput"][];
            /**
             * @description Lifecycle status: `draft` (editable), `active` (runnable), `inactive` (stopped).
             * @example draft
             * @enum {string}
             */
            status: "draft" | "active" | "inactive";
            /**
             * Format: date-time
             * @description Time of the last change, including status changes.
             * @example 2026-03-17T14:31:00Z
             */
            updatedAt: string;
        };
        /** @description Workflow counts for the dashboard. */
        WorkflowSummaryOutput: {
            /**
             * @description Number of workflows in status `active` (0 when none).
             * @example 8
             */
            active: number;
            /** @description One entry per status that has at least one workflow, in no particular order. */
            byStatus: components["schemas"]["StatusCountOutput"][];
            /**
             * @description Number of workflows of every status.
             * @example 15
             */
            total: number;
        };
    };
    responses: {
        /**
         * @description The request is invalid: malformed body (FLK-0001), invalid id (FLK-0002), undecodable cursor
         *     (FLK-0008), unknown or missing body fields (FLK-0300, FLK-0301), invalid query parameter (FLK-0304 and
         *     related), or a rule of the resource (for example FLK-0110..FLK-0151, FLK-0106, FLK-0201, FLK-0242,
         *     FLK-0260..FLK-0273, FLK-0295..FLK-0299, FLK-0360, FLK-0509, FLK-0701, FLK-0702, FLK-0705..FLK-0709).
         *     Field-level problems are listed in `fields`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0110",
                 *       "title": "Bad Request",
                 *       "message": "Workflow name is required"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request conflicts with the current data: duplicate name (FLK-0101, FLK-0251, FLK-0291, FLK-0704), concurrent
         *     status change (FLK-0350) or an idempotency race (FLK-0505).
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0350",
                 *       "title": "Conflict",
                 *       "message": "The resource changed while the request was processed"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server-side failure (FLK-9999). The request may be retried later. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-9999",
                 *       "title": "Internal Server Error",
                 *       "message": "An internal error occurred"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The resource does not exist: for example FLK-0100 (workflow), FLK-0104 (executor referenced by a
         *     node), FLK-0200, FLK-0210, FLK-0230, FLK-0240 (catalog), FLK-0250, FLK-0290, FLK-0294, FLK-0361, FLK-0500, FLK-0600,
         *     FLK-0700, FLK-0703, or FLK-0004 for an unknown route.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0100",
                 *       "title": "Not Found",
                 *       "message": "Workflow not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request body exceeds the limit: FLK-0006 (general limit), FLK-0506 (execute, 1 MiB) or FLK-0363
         *     (webhook, 1 MiB).
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0006",
                 *       "title": "Payload Too Large",
                 *       "message": "Request body is too large"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The service is starting, shutting down, or a required dependency is unavailable (FLK-0009). Retry
         *     after the number of seconds given in `Retry-After`, ideally against another instance.
         */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0009",
                 *       "title": "Service Unavailable",
                 *       "message": "Service is unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limit exceeded (FLK-0010). Retry after the number of seconds given in `Retry-After`. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0010",
                 *       "title": "Too Many Requests",
                 *       "message": "Too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["ExtendedErrorResponse"];
            };
        };
        /**
         * @description Authentication failed: `X-API-Key` missing or wrong (FLK-0003), or a webhook token mismatch
         *     (FLK-0362).
         */
        Unauthorized: {
            headers: {
                /**
                 * @description The credentials asked for (RFC 9110 §11.6.1): `ApiKey realm="flowker", header="X-API-Key"` for
                 *     FLK-0003, `Bearer realm="flowker-webhook"` for FLK-0362 (the webhook secret, also accepted as
                 *     `X-Webhook-Token` or `?token=`).
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0003",
                 *       "title": "Unauthorized",
                 *       "message": "A valid X-API-Key header is required"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request is well-formed but not allowed in the resource's current state, for example FLK-0102,
         *     FLK-0103, FLK-0112, FLK-0116 (workflows), FLK-0252, FLK-0292, FLK-0293, FLK-0340, FLK-0341,
         *     FLK-0501, FLK-0502, FLK-0710.
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0102",
                 *       "title": "Unprocessable Entity",
                 *       "message": "Workflow cannot be activated from status active"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body's `Content-Encoding` is not one the service decodes (FLK-0007). */
        UnsupportedContentEncoding: {
            headers: {
                /** @description The content codings a body may be sent in (RFC 9110 §12.5.3). */
                "Accept-Encoding"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0007",
                 *       "title": "Unsupported Media Type",
                 *       "message": "Unsupported Content-Encoding \"compress\": send the body uncompressed or in one of gzip, deflate, br."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is not `application/json` (FLK-0007). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FLK-0007",
                 *       "title": "Unsupported Media Type",
                 *       "message": "Content-Type must be application/json"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
        OrganizationId: string;
        /**
         * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
         *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
         */
        WebhookDeliveryId: string;
        /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
        WebhookGitHubDelivery: string;
        /**
         * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
         *     instead of starting another one. Keys are shared with the execute operation.
         */
        WebhookIdempotencyKey: string;
        /**
         * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
         *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
         *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
         *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
         *     (`é` and `e` + a combining accent are the same path).
         */
        WebhookPath: string;
        /**
         * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
         *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
         *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
         */
        WebhookPrefer: string;
        /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
        WebhookQueryToken: string;
        /**
         * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
         *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
         *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
         */
        WebhookStandardId: string;
        /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
        WebhookSvixId: string;
        /**
         * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
         *     it exactly (401 FLK-0362 otherwise).
         */
        WebhookToken: string;
        /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
        WebhookWait: boolean;
    };
    requestBodies: {
        /**
         * @description Any JSON object (passed to the workflow as `inputData`), or any other content type, which is passed as
         *     `{body, contentType, encoding}`; forms (form-urlencoded, multipart) also as `form` and `files`. At most 1 MiB
         *     by default. A body sent with `Content-Encoding: gzip`, `deflate` or `br` is decoded first (the limit applies
         *     to the decoded size too).
         */
        WebhookPayload: {
            content: {
                /**
                 * @example {
                 *       "orderId": "ord_1029",
                 *       "amount": "99.90",
                 *       "status": "paid"
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
                };
                "application/octet-stream": string;
                /** @example orderId=ord_1029&status=paid */
                "application/x-www-form-urlencoded": string;
                "application/xml": string;
                "multipart/form-data": {
                    [key: string]: unknown;
                };
                "text/plain": string;
            };
        };
    };
    headers: {
        /** @description Id of the execution started (or replayed) by the call. */
        WebhookExecutionId: string;
        /** @description Id of the workflow that handled the call. */
        WebhookWorkflowId: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description The service or one of its dependencies is unhealthy. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description The service is not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyzResponse"];
                };
            };
            /** @description At least one dependency is down or degraded, or the service is draining. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyzResponse"];
                };
            };
        };
    };
    getSwaggerUi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Swagger UI page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getOpenApiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    getOpenApiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
    searchAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events with this action. */
                action?: "CREATE" | "UPDATE" | "DELETE" | "ACTIVATE" | "DEACTIVATE" | "DRAFT" | "EXECUTE";
                /** @description Opaque page token: the `nextCursor` of the previous page. Omit it, or leave it empty, for the first page. */
                cursor?: string;
                /** @description Only events recorded at or after this time (RFC 3339). */
                dateFrom?: string;
                /** @description Only events recorded at or before this time (RFC 3339). Must not be before `dateFrom`. */
                dateTo?: string;
                /** @description Only events of this type. */
                eventType?: "WORKFLOW_CREATED" | "WORKFLOW_UPDATED" | "WORKFLOW_ACTIVATED" | "WORKFLOW_DEACTIVATED" | "WORKFLOW_DRAFTED" | "WORKFLOW_DELETED" | "EXECUTION_STARTED" | "EXECUTION_COMPLETED" | "EXECUTION_FAILED" | "PROVIDER_CALL_STARTED" | "PROVIDER_CALL_COMPLETED" | "PROVIDER_CALL_FAILED" | "PROVIDER_CONFIG_CREATED" | "PROVIDER_CONFIG_UPDATED" | "PROVIDER_CONFIG_DELETED" | "WEBHOOK_SUBSCRIPTION_CREATED" | "WEBHOOK_SUBSCRIPTION_UPDATED" | "WEBHOOK_SUBSCRIPTION_DELETED" | "EXECUTOR_CONFIG_UPDATED" | "EXECUTOR_CONFIG_DELETED";
                /** @description Maximum number of items in the page (1 to 100). */
                limit?: number;
                /** @description Only events about this resource. */
                resourceId?: string;
                /** @description Only events about this type of resource. */
                resourceType?: "workflow" | "execution" | "provider_config" | "webhook_subscription" | "executor_config";
                /** @description Only events with this result. */
                result?: "SUCCESS" | "FAILED";
                /** @description Sort direction, by the order in which events were recorded. */
                sortOrder?: "ASC" | "DESC";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0305`: `dateFrom` or `dateTo` is not an RFC 3339 timestamp.
             *     - `FLK-0308`: `dateFrom` is later than `dateTo`.
             *     - `FLK-0610`: the audit `cursor` is not a value returned as `nextCursor`.
             *     - `FLK-0611`: an audit filter (`eventType`, `action`, `result`, `resourceType`) has an unknown value.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event id (`eventId`) of the audit event. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0600`: no audit event has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyAuditHashChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event id (`eventId`) of the audit event. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HashChainVerificationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0600`: no audit event has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogExecutors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All executors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorSummary"][];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCatalogExecutor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the executor (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The executor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorDetail"];
                };
            };
            /**
             * @description The catalog id is malformed. Codes:
             *     - `FLK-0002`: the id is longer than 128 characters or has characters other than letters, digits, `.`, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0200`: no catalog executor has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    validateCatalogExecutorConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the executor (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The configuration to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogValidationRequest"];
            };
        };
        responses: {
            /** @description The configuration is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogValidationResponse"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0201`: the `config` does not satisfy the executor's JSON Schema (the message carries the validator output).
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0200`: no catalog executor has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All providers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderSummary"][];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCatalogProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the provider (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDetail"];
                };
            };
            /**
             * @description The catalog id is malformed. Codes:
             *     - `FLK-0002`: the id is longer than 128 characters or has characters other than letters, digits, `.`, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0230`: no catalog provider has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogProviderExecutors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the provider (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider's executors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorSummary"][];
                };
            };
            /**
             * @description The catalog id is malformed. Codes:
             *     - `FLK-0002`: the id is longer than 128 characters or has characters other than letters, digits, `.`, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0230`: no catalog provider has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSummary"][];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCatalogTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the template (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetail"];
                };
            };
            /**
             * @description The catalog id is malformed. Codes:
             *     - `FLK-0002`: the id is longer than 128 characters or has characters other than letters, digits, `.`, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0240`: no catalog template has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    validateCatalogTemplateParams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the template (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The parameters to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogTemplateValidationRequest"];
            };
        };
        responses: {
            /** @description The parameters are valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogValidationResponse"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0242`: the `params` do not satisfy the template's parameter schema.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0240`: no catalog template has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCatalogTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All triggers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerSummary"][];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCatalogTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Catalog id of the trigger (a plain string, not a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerDetail"];
                };
            };
            /**
             * @description The catalog id is malformed. Codes:
             *     - `FLK-0002`: the id is longer than 128 characters or has characters other than letters, digits, `.`, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0210`: no catalog trigger has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExecutionSummary: {
        parameters: {
            query?: {
                /** @description Only executions started at or before this time (RFC 3339). Must not be before `startTime`. */
                endTime?: string;
                /** @description Only executions started at or after this time (RFC 3339). */
                startTime?: string;
                /** @description Only executions in this status. */
                status?: "pending" | "running" | "completed" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Execution counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionSummaryOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0302`: a dashboard filter is invalid: a time is not RFC 3339, `startTime` is after `endTime`, `status` is unknown, a filter is given more than once, or a query parameter is not one of these three.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflowSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workflow counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowSummaryOutput"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExecutions: {
        parameters: {
            query?: {
                /** @description Opaque page token: the `nextCursor` of the previous page. Omit it, or leave it empty, for the first page. Cannot be combined with `sortBy` or `sortOrder`. */
                cursor?: string;
                /** @description Maximum number of items in the page (1 to 100). Values outside the range answer 400 FLK-0309. */
                limit?: number;
                /**
                 * @description Field to sort by (default `startedAt`). Only allowed on the first page. With `completedAt`,
                 *     executions still in progress (no `completedAt` yet) come after every finished one in either direction.
                 */
                sortBy?: "startedAt" | "completedAt";
                /** @description Sort direction, `ASC` or `DESC` in any letter case (default `DESC`). Only allowed on the first page. */
                sortOrder?: string;
                /** @description Only executions in this status. */
                status?: "pending" | "running" | "completed" | "failed";
                /** @description Only executions of this workflow. */
                workflowId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of executions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0008`: the `cursor` value cannot be decoded (it must be a `nextCursor` returned by the same list).
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0309`: `limit` is outside 1..100.
             *     - `FLK-0310`: `sortOrder` is not `ASC` or `DESC`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExecutionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the execution. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionStatusOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0500`: no execution has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExecutionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the execution. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionResultsOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0500`: no execution has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0502`: the execution is still `pending` or `running`; results exist only for `completed` and `failed` executions.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExecutorConfigurations: {
        parameters: {
            query?: {
                /** @description Opaque page token: the `nextCursor` of the previous page. Omit it, or leave it empty, for the first page. */
                cursor?: string;
                /** @description Maximum number of items in the page (1 to 100). */
                limit?: number;
                /** @description Field to sort by. */
                sortBy?: "createdAt" | "updatedAt" | "name";
                /** @description Sort direction. */
                sortOrder?: "ASC" | "DESC";
                /** @description Only configurations in this status. */
                status?: "unconfigured" | "configured" | "tested" | "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of executor configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorConfigurationListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0008`: the `cursor` value cannot be decoded (it must be a `nextCursor` returned by the same list).
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExecutorConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the executor configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The executor configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0250`: no executor configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteExecutorConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the executor configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0250`: no executor configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0252`: the executor configuration cannot be changed or deleted in its current status.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateExecutorConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the executor configuration. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new settings. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Serasa KYC",
                 *       "description": "Credit score lookups for onboarding.",
                 *       "baseUrl": "https://api.serasa.com.br/v2",
                 *       "endpoints": [
                 *         {
                 *           "name": "check-score",
                 *           "path": "/kyc/score",
                 *           "method": "POST",
                 *           "timeout": 30
                 *         }
                 *       ],
                 *       "authentication": {
                 *         "type": "api_key",
                 *         "config": {
                 *           "header_name": "X-API-Key",
                 *           "key": "sk_live_51H8xq2"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateExecutorConfigurationInput"];
            };
        };
        responses: {
            /** @description The updated executor configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutorConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0260`: the executor configuration `name` is missing, empty or white space only.
             *     - `FLK-0261`: the executor configuration `name` is longer than 100 characters.
             *     - `FLK-0262`: `baseUrl` is missing or empty.
             *     - `FLK-0263`: `baseUrl` is not an absolute `http`/`https` URL with a host.
             *     - `FLK-0264`: `baseUrl` is longer than 500 characters.
             *     - `FLK-0265`: `endpoints` is missing or empty.
             *     - `FLK-0267`: the executor configuration `description` is longer than 500 characters.
             *     - `FLK-0268`: `authentication.type` is missing.
             *     - `FLK-0269`: `authentication.type` is not one of the supported authentication types.
             *     - `FLK-0270`: an endpoint `name` is missing or empty.
             *     - `FLK-0271`: an endpoint `path` is missing or empty.
             *     - `FLK-0272`: an endpoint `method` is missing.
             *     - `FLK-0273`: an endpoint `method` is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0250`: no executor configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0251`: another executor configuration already uses this name.
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0252`: the executor configuration cannot be changed or deleted in its current status.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProviderConfigurations: {
        parameters: {
            query?: {
                /** @description Opaque page token: the `nextCursor` of the previous page. Omit it, or leave it empty, for the first page. */
                cursor?: string;
                /** @description Maximum number of items in the page (1 to 100). */
                limit?: number;
                /** @description Only configurations of this catalog provider. */
                providerId?: string;
                /** @description Field to sort by. */
                sortBy?: "createdAt" | "updatedAt" | "name";
                /** @description Sort direction. */
                sortOrder?: "ASC" | "DESC";
                /** @description Only configurations in this status. */
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of provider configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0008`: the `cursor` value cannot be decoded (it must be a `nextCursor` returned by the same list).
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The configuration to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Tracer Production",
                 *       "description": "Fraud screening for card payments.",
                 *       "providerId": "tracer",
                 *       "config": {
                 *         "base_url": "https://tracer.example.net",
                 *         "api_key": "trc_live_9a8b7c6d5e4f"
                 *       },
                 *       "metadata": {
                 *         "owner": "risk-team"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProviderConfigurationInput"];
            };
        };
        responses: {
            /** @description Created; the configuration is `active`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0295`: the provider configuration `name` is missing, empty or white space only.
             *     - `FLK-0296`: the provider configuration `name` is longer than 100 characters.
             *     - `FLK-0297`: `providerId` is missing.
             *     - `FLK-0298`: `config` is missing.
             *     - `FLK-0299`: the provider configuration `description` is longer than 500 characters.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0294`: `providerId` is not a provider of the catalog.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0291`: another provider configuration already uses this name.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0293`: the `config` does not satisfy the catalog provider's configuration schema.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The configuration cannot be deleted right now. Codes:
             *     - `FLK-0292`: an active workflow references the provider configuration (its name is in `message`).
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderConfigurationInput"];
            };
        };
        responses: {
            /** @description The updated provider configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0295`: the provider configuration `name` is missing, empty or white space only.
             *     - `FLK-0296`: the provider configuration `name` is longer than 100 characters.
             *     - `FLK-0299`: the provider configuration `description` is longer than 500 characters.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             *     - `FLK-0294`: `providerId` is not a provider of the catalog.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0291`: another provider configuration already uses this name.
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0293`: the `config` does not satisfy the catalog provider's configuration schema.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    disableProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0292`: the provider configuration is not in the status this action needs (`disable` needs `active`, `enable` needs `disabled`).
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    enableProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enabled configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigurationOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0292`: the provider configuration is not in the status this action needs (`disable` needs `active`, `enable` needs `disabled`).
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testProviderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the provider configuration. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderConfigTestResultOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0290`: no provider configuration has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0340`: the configuration has no usable base URL (`base_url`, `onboarding_base_url` or `transaction_base_url`; for `s3`, `endpoint` or the region's AWS endpoint).
             *     - `FLK-0341`: the base URL is blocked by the outbound-request (SSRF) policy or its host name does not resolve.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                /** @description Maximum number of items to return (1 to 100). */
                limit?: number;
                /** @description Number of items to skip before the first one returned. */
                offset?: number;
            };
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The subscription to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ledger notifications",
                 *       "url": "https://hooks.example.com/flowker",
                 *       "events": [
                 *         "workflow.completed",
                 *         "workflow.failed"
                 *       ],
                 *       "headers": {
                 *         "X-Team": "payments"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookSubscriptionInput"];
            };
        };
        responses: {
            /** @description Created; the subscription is active. `secret` is present only when the server generated it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0705`: the subscription `name` is missing, empty or longer than 255 characters.
             *     - `FLK-0701`: the `url` is missing, longer than 2048 characters, not an absolute URL, carries user credentials, names port 0, or does not use HTTPS (plain HTTP is accepted only for loopback addresses, and only when the server enables it for development).
             *     - `FLK-0702`: the `url` points at a destination the outbound-request (SSRF) policy refuses: a private, loopback, link-local, carrier-grade NAT, multicast or cloud-metadata address (in any notation, including IPv6, IPv4-mapped IPv6 and decimal, octal or hexadecimal IPv4 forms) or an internal host name.
             *     - `FLK-0706`: `events` is missing or empty, lists an unknown event type, or lists a type twice.
             *     - `FLK-0707`: the `secret` is empty, longer than 255 characters, or starts with `whsec_` without being followed by the base64 encoding of 24 to 64 bytes.
             *     - `FLK-0708`: `headers` has more than 20 entries, a name that is not a valid HTTP header name (at most 64 characters), a reserved name (such as `Host`, `Content-Length`, `Content-Type`, hop-by-hop headers, `X-Webhook-Signature` or any `webhook-*` header), a name repeated with different case, or a value longer than 1024 characters or containing control characters or characters outside Latin-1.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0704`: another webhook subscription of the organisation already uses this name.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "workflow.completed"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookSubscriptionInput"];
            };
        };
        responses: {
            /** @description The updated webhook subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0705`: the subscription `name` is missing, empty or longer than 255 characters.
             *     - `FLK-0701`: the `url` is missing, longer than 2048 characters, not an absolute URL, carries user credentials, names port 0, or does not use HTTPS (plain HTTP is accepted only for loopback addresses, and only when the server enables it for development).
             *     - `FLK-0702`: the `url` points at a destination the outbound-request (SSRF) policy refuses: a private, loopback, link-local, carrier-grade NAT, multicast or cloud-metadata address (in any notation, including IPv6, IPv4-mapped IPv6 and decimal, octal or hexadecimal IPv4 forms) or an internal host name.
             *     - `FLK-0706`: `events` is missing or empty, lists an unknown event type, or lists a type twice.
             *     - `FLK-0707`: the `secret` is empty, longer than 255 characters, or starts with `whsec_` without being followed by the base64 encoding of 24 to 64 bytes; or `secretOverlapSeconds` is not an integer from 0 to 604800, or is sent without `secret`.
             *     - `FLK-0708`: `headers` has more than 20 entries, a name that is not a valid HTTP header name (at most 64 characters), a reserved name (such as `Host`, `Content-Length`, `Content-Type`, hop-by-hop headers, `X-Webhook-Signature` or any `webhook-*` header), a name repeated with different case, or a value longer than 1024 characters or containing control characters or characters outside Latin-1.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0704`: another webhook subscription of the organisation already uses this name.
             *     - `FLK-0350`: the resource changed while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Maximum number of items to return (1 to 100). */
                limit?: number;
                /** @description Number of items to skip before the first one returned. */
                offset?: number;
                /** @description Only deliveries in this state. */
                status?: "pending" | "delivering" | "succeeded" | "failed" | "exhausted";
            };
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the delivery (the `deliveryId` of a log entry, or the `id` of a listed delivery). */
                deliveryId: string;
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the delivery is `pending` and will be sent shortly. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             *     - `FLK-0703`: the subscription has no delivery with this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0710`: the subscription is not active; enable it (PATCH `active: true`) before resending.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookSubscriptionLogs: {
        parameters: {
            query?: {
                /** @description Only attempts of events of this type. */
                eventType?: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";
                /** @description Maximum number of items to return (1 to 100). */
                limit?: number;
                /** @description Number of items to skip before the first one returned. */
                offset?: number;
            };
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of delivery attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryLogListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path: {
                /** @description Id of the webhook subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logged attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryAttemptOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id is not a valid UUID.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0700`: no webhook subscription with this id exists in the organisation.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAllWebhookLogs: {
        parameters: {
            query?: {
                /** @description Only attempts of events of this type. */
                eventType?: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";
                /** @description Maximum number of items to return (1 to 100). */
                limit?: number;
                /** @description Number of items to skip before the first one returned. */
                offset?: number;
            };
            header?: {
                /** @description Organisation the request acts for: 1 to 64 letters, digits, `_` or `-`. Without it the organisation `default` is used. Subscriptions, deliveries and logs of other organisations are invisible (404). */
                "X-Organization-Id"?: components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of delivery attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryLogListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             *     - `FLK-0709`: the `X-Organization-Id` header is empty, longer than 64 characters or contains characters other than letters, digits, `_` and `-`.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerWebhookGet: {
        parameters: {
            query?: {
                /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
                token?: components["parameters"]["WebhookQueryToken"];
                /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
                wait?: components["parameters"]["WebhookWait"];
            };
            header?: {
                /**
                 * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
                 *     instead of starting another one. Keys are shared with the execute operation.
                 */
                "Idempotency-Key"?: components["parameters"]["WebhookIdempotencyKey"];
                /**
                 * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
                 *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
                 *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
                 */
                Prefer?: components["parameters"]["WebhookPrefer"];
                /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
                "svix-id"?: components["parameters"]["WebhookSvixId"];
                /**
                 * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
                 *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
                 *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
                 */
                "webhook-id"?: components["parameters"]["WebhookStandardId"];
                /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
                "X-GitHub-Delivery"?: components["parameters"]["WebhookGitHubDelivery"];
                /**
                 * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
                 *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
                 */
                "X-Webhook-Delivery-Id"?: components["parameters"]["WebhookDeliveryId"];
                /**
                 * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
                 *     it exactly (401 FLK-0362 otherwise).
                 */
                "X-Webhook-Token"?: components["parameters"]["WebhookToken"];
            };
            path: {
                /**
                 * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
                 *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
                 *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
                 *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
                 *     (`é` and `e` + a combining accent are the same path).
                 */
                path: components["parameters"]["WebhookPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["WebhookPayload"];
        responses: {
            /**
             * @description Synchronous mode: the execution finished and `output` holds its final output. Also a repeated delivery id
             *     (`deduplicated: true`), naming the first delivery's execution. A repeated `Idempotency-Key` is 409, also
             *     when its execution has finished.
             */
            200: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Execution accepted and stored; it runs asynchronously. */
            201: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Synchronous mode only - the wait ran out; the execution continues. Poll `Location`. */
            202: {
                headers: {
                    /** @description The execution status operation for this execution (`/v1/executions/{id}`). */
                    Location?: string;
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body claims JSON but is not a JSON object (syntax error, not UTF-8, or an array or scalar), or nests deeper than 100 levels, or holds a number beyond ±1.8e308; or a form body cannot be read (malformed multipart, more than 1000 fields and files, a field name over 200 bytes); or a body sent with a `Content-Encoding` does not decode as that coding.
             *     - `FLK-0304`: `wait` is not `true` or `false`, `wait` or the `token` read as the secret is given more than once, `Prefer: wait=` is not a number of seconds, or the delivery id is longer than 200 characters or its header is sent more than once.
             *     - `FLK-0509`: `Idempotency-Key` is longer than 255 characters or sent more than once.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the route has no webhook secret and the `X-API-Key` header is missing or wrong.
             *     - `FLK-0362`: the route requires its webhook secret and none was presented, or it is wrong.
             *     - `FLK-0365`: the trigger verifies the sender's signature and it is missing, wrong or too old.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Nothing listens here. Codes:
             *     - `FLK-0361`: no active or armed workflow listens on this method and path.
             *     - `FLK-0100`: the workflow owning the route was deleted meanwhile.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Duplicate. Codes:
             *     - `FLK-0505`: this `Idempotency-Key` was already used for this workflow; `executionId` (and the
             *       `X-Webhook-Execution-ID` header) name the execution the first call started.
             */
            409: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The workflow is only armed for a single call, and that call has been used or the arm window has passed. Codes:
             *     - `FLK-0364`: the armed webhook was already consumed or has expired; arm it again.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0363`: the webhook body is larger than the limit (1 MiB by default, `WEBHOOK_BODY_LIMIT_BYTES`), as sent or once its `Content-Encoding` is undone.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The body's content coding is not supported. Codes:
             *     - `FLK-0007`: `Content-Encoding` names a coding other than `gzip`, `deflate`, `br` or `identity`, or more than two codings; `Accept-Encoding` lists the supported ones.
             */
            415: components["responses"]["UnsupportedContentEncoding"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active` (it was deactivated while the call was handled).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The trigger's rate limit is exhausted. Codes:
             *     - `FLK-0010`: too many calls for this workflow; wait `retryAfter` seconds (also in `Retry-After`).
             */
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Server-side failure. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             *     - `FLK-0504`: synchronous mode only - the execution failed; `executionId` names it.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerWebhookPut: {
        parameters: {
            query?: {
                /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
                token?: components["parameters"]["WebhookQueryToken"];
                /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
                wait?: components["parameters"]["WebhookWait"];
            };
            header?: {
                /**
                 * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
                 *     instead of starting another one. Keys are shared with the execute operation.
                 */
                "Idempotency-Key"?: components["parameters"]["WebhookIdempotencyKey"];
                /**
                 * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
                 *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
                 *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
                 */
                Prefer?: components["parameters"]["WebhookPrefer"];
                /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
                "svix-id"?: components["parameters"]["WebhookSvixId"];
                /**
                 * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
                 *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
                 *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
                 */
                "webhook-id"?: components["parameters"]["WebhookStandardId"];
                /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
                "X-GitHub-Delivery"?: components["parameters"]["WebhookGitHubDelivery"];
                /**
                 * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
                 *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
                 */
                "X-Webhook-Delivery-Id"?: components["parameters"]["WebhookDeliveryId"];
                /**
                 * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
                 *     it exactly (401 FLK-0362 otherwise).
                 */
                "X-Webhook-Token"?: components["parameters"]["WebhookToken"];
            };
            path: {
                /**
                 * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
                 *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
                 *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
                 *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
                 *     (`é` and `e` + a combining accent are the same path).
                 */
                path: components["parameters"]["WebhookPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["WebhookPayload"];
        responses: {
            /**
             * @description Synchronous mode: the execution finished and `output` holds its final output. Also a repeated delivery id
             *     (`deduplicated: true`), naming the first delivery's execution. A repeated `Idempotency-Key` is 409, also
             *     when its execution has finished.
             */
            200: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Execution accepted and stored; it runs asynchronously. */
            201: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Synchronous mode only - the wait ran out; the execution continues. Poll `Location`. */
            202: {
                headers: {
                    /** @description The execution status operation for this execution (`/v1/executions/{id}`). */
                    Location?: string;
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body claims JSON but is not a JSON object (syntax error, not UTF-8, or an array or scalar), or nests deeper than 100 levels, or holds a number beyond ±1.8e308; or a form body cannot be read (malformed multipart, more than 1000 fields and files, a field name over 200 bytes); or a body sent with a `Content-Encoding` does not decode as that coding.
             *     - `FLK-0304`: `wait` is not `true` or `false`, `wait` or the `token` read as the secret is given more than once, `Prefer: wait=` is not a number of seconds, or the delivery id is longer than 200 characters or its header is sent more than once.
             *     - `FLK-0509`: `Idempotency-Key` is longer than 255 characters or sent more than once.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the route has no webhook secret and the `X-API-Key` header is missing or wrong.
             *     - `FLK-0362`: the route requires its webhook secret and none was presented, or it is wrong.
             *     - `FLK-0365`: the trigger verifies the sender's signature and it is missing, wrong or too old.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Nothing listens here. Codes:
             *     - `FLK-0361`: no active or armed workflow listens on this method and path.
             *     - `FLK-0100`: the workflow owning the route was deleted meanwhile.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Duplicate. Codes:
             *     - `FLK-0505`: this `Idempotency-Key` was already used for this workflow; `executionId` (and the
             *       `X-Webhook-Execution-ID` header) name the execution the first call started.
             */
            409: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The workflow is only armed for a single call, and that call has been used or the arm window has passed. Codes:
             *     - `FLK-0364`: the armed webhook was already consumed or has expired; arm it again.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0363`: the webhook body is larger than the limit (1 MiB by default, `WEBHOOK_BODY_LIMIT_BYTES`), as sent or once its `Content-Encoding` is undone.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The body's content coding is not supported. Codes:
             *     - `FLK-0007`: `Content-Encoding` names a coding other than `gzip`, `deflate`, `br` or `identity`, or more than two codings; `Accept-Encoding` lists the supported ones.
             */
            415: components["responses"]["UnsupportedContentEncoding"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active` (it was deactivated while the call was handled).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The trigger's rate limit is exhausted. Codes:
             *     - `FLK-0010`: too many calls for this workflow; wait `retryAfter` seconds (also in `Retry-After`).
             */
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Server-side failure. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             *     - `FLK-0504`: synchronous mode only - the execution failed; `executionId` names it.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerWebhook: {
        parameters: {
            query?: {
                /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
                token?: components["parameters"]["WebhookQueryToken"];
                /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
                wait?: components["parameters"]["WebhookWait"];
            };
            header?: {
                /**
                 * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
                 *     instead of starting another one. Keys are shared with the execute operation.
                 */
                "Idempotency-Key"?: components["parameters"]["WebhookIdempotencyKey"];
                /**
                 * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
                 *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
                 *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
                 */
                Prefer?: components["parameters"]["WebhookPrefer"];
                /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
                "svix-id"?: components["parameters"]["WebhookSvixId"];
                /**
                 * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
                 *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
                 *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
                 */
                "webhook-id"?: components["parameters"]["WebhookStandardId"];
                /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
                "X-GitHub-Delivery"?: components["parameters"]["WebhookGitHubDelivery"];
                /**
                 * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
                 *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
                 */
                "X-Webhook-Delivery-Id"?: components["parameters"]["WebhookDeliveryId"];
                /**
                 * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
                 *     it exactly (401 FLK-0362 otherwise).
                 */
                "X-Webhook-Token"?: components["parameters"]["WebhookToken"];
            };
            path: {
                /**
                 * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
                 *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
                 *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
                 *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
                 *     (`é` and `e` + a combining accent are the same path).
                 */
                path: components["parameters"]["WebhookPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["WebhookPayload"];
        responses: {
            /**
             * @description Synchronous mode: the execution finished and `output` holds its final output. Also a repeated delivery id
             *     (`deduplicated: true`), naming the first delivery's execution. A repeated `Idempotency-Key` is 409, also
             *     when its execution has finished.
             */
            200: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Execution accepted and stored; it runs asynchronously. */
            201: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Synchronous mode only - the wait ran out; the execution continues. Poll `Location`. */
            202: {
                headers: {
                    /** @description The execution status operation for this execution (`/v1/executions/{id}`). */
                    Location?: string;
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body claims JSON but is not a JSON object (syntax error, not UTF-8, or an array or scalar), or nests deeper than 100 levels, or holds a number beyond ±1.8e308; or a form body cannot be read (malformed multipart, more than 1000 fields and files, a field name over 200 bytes); or a body sent with a `Content-Encoding` does not decode as that coding.
             *     - `FLK-0304`: `wait` is not `true` or `false`, `wait` or the `token` read as the secret is given more than once, `Prefer: wait=` is not a number of seconds, or the delivery id is longer than 200 characters or its header is sent more than once.
             *     - `FLK-0509`: `Idempotency-Key` is longer than 255 characters or sent more than once.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the route has no webhook secret and the `X-API-Key` header is missing or wrong.
             *     - `FLK-0362`: the route requires its webhook secret and none was presented, or it is wrong.
             *     - `FLK-0365`: the trigger verifies the sender's signature and it is missing, wrong or too old.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Nothing listens here. Codes:
             *     - `FLK-0361`: no active or armed workflow listens on this method and path.
             *     - `FLK-0100`: the workflow owning the route was deleted meanwhile.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Duplicate. Codes:
             *     - `FLK-0505`: this `Idempotency-Key` was already used for this workflow; `executionId` (and the
             *       `X-Webhook-Execution-ID` header) name the execution the first call started.
             */
            409: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The workflow is only armed for a single call, and that call has been used or the arm window has passed. Codes:
             *     - `FLK-0364`: the armed webhook was already consumed or has expired; arm it again.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0363`: the webhook body is larger than the limit (1 MiB by default, `WEBHOOK_BODY_LIMIT_BYTES`), as sent or once its `Content-Encoding` is undone.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The body's content coding is not supported. Codes:
             *     - `FLK-0007`: `Content-Encoding` names a coding other than `gzip`, `deflate`, `br` or `identity`, or more than two codings; `Accept-Encoding` lists the supported ones.
             */
            415: components["responses"]["UnsupportedContentEncoding"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active` (it was deactivated while the call was handled).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The trigger's rate limit is exhausted. Codes:
             *     - `FLK-0010`: too many calls for this workflow; wait `retryAfter` seconds (also in `Retry-After`).
             */
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Server-side failure. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             *     - `FLK-0504`: synchronous mode only - the execution failed; `executionId` names it.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerWebhookDelete: {
        parameters: {
            query?: {
                /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
                token?: components["parameters"]["WebhookQueryToken"];
                /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
                wait?: components["parameters"]["WebhookWait"];
            };
            header?: {
                /**
                 * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
                 *     instead of starting another one. Keys are shared with the execute operation.
                 */
                "Idempotency-Key"?: components["parameters"]["WebhookIdempotencyKey"];
                /**
                 * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
                 *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
                 *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
                 */
                Prefer?: components["parameters"]["WebhookPrefer"];
                /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
                "svix-id"?: components["parameters"]["WebhookSvixId"];
                /**
                 * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
                 *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
                 *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
                 */
                "webhook-id"?: components["parameters"]["WebhookStandardId"];
                /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
                "X-GitHub-Delivery"?: components["parameters"]["WebhookGitHubDelivery"];
                /**
                 * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
                 *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
                 */
                "X-Webhook-Delivery-Id"?: components["parameters"]["WebhookDeliveryId"];
                /**
                 * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
                 *     it exactly (401 FLK-0362 otherwise).
                 */
                "X-Webhook-Token"?: components["parameters"]["WebhookToken"];
            };
            path: {
                /**
                 * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
                 *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
                 *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
                 *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
                 *     (`é` and `e` + a combining accent are the same path).
                 */
                path: components["parameters"]["WebhookPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["WebhookPayload"];
        responses: {
            /**
             * @description Synchronous mode: the execution finished and `output` holds its final output. Also a repeated delivery id
             *     (`deduplicated: true`), naming the first delivery's execution. A repeated `Idempotency-Key` is 409, also
             *     when its execution has finished.
             */
            200: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Execution accepted and stored; it runs asynchronously. */
            201: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Synchronous mode only - the wait ran out; the execution continues. Poll `Location`. */
            202: {
                headers: {
                    /** @description The execution status operation for this execution (`/v1/executions/{id}`). */
                    Location?: string;
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body claims JSON but is not a JSON object (syntax error, not UTF-8, or an array or scalar), or nests deeper than 100 levels, or holds a number beyond ±1.8e308; or a form body cannot be read (malformed multipart, more than 1000 fields and files, a field name over 200 bytes); or a body sent with a `Content-Encoding` does not decode as that coding.
             *     - `FLK-0304`: `wait` is not `true` or `false`, `wait` or the `token` read as the secret is given more than once, `Prefer: wait=` is not a number of seconds, or the delivery id is longer than 200 characters or its header is sent more than once.
             *     - `FLK-0509`: `Idempotency-Key` is longer than 255 characters or sent more than once.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the route has no webhook secret and the `X-API-Key` header is missing or wrong.
             *     - `FLK-0362`: the route requires its webhook secret and none was presented, or it is wrong.
             *     - `FLK-0365`: the trigger verifies the sender's signature and it is missing, wrong or too old.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Nothing listens here. Codes:
             *     - `FLK-0361`: no active or armed workflow listens on this method and path.
             *     - `FLK-0100`: the workflow owning the route was deleted meanwhile.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Duplicate. Codes:
             *     - `FLK-0505`: this `Idempotency-Key` was already used for this workflow; `executionId` (and the
             *       `X-Webhook-Execution-ID` header) name the execution the first call started.
             */
            409: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The workflow is only armed for a single call, and that call has been used or the arm window has passed. Codes:
             *     - `FLK-0364`: the armed webhook was already consumed or has expired; arm it again.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0363`: the webhook body is larger than the limit (1 MiB by default, `WEBHOOK_BODY_LIMIT_BYTES`), as sent or once its `Content-Encoding` is undone.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The body's content coding is not supported. Codes:
             *     - `FLK-0007`: `Content-Encoding` names a coding other than `gzip`, `deflate`, `br` or `identity`, or more than two codings; `Accept-Encoding` lists the supported ones.
             */
            415: components["responses"]["UnsupportedContentEncoding"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active` (it was deactivated while the call was handled).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The trigger's rate limit is exhausted. Codes:
             *     - `FLK-0010`: too many calls for this workflow; wait `retryAfter` seconds (also in `Retry-After`).
             */
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Server-side failure. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             *     - `FLK-0504`: synchronous mode only - the execution failed; `executionId` names it.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerWebhookPatch: {
        parameters: {
            query?: {
                /** @description The webhook secret, for senders that cannot set headers. Removed from `_webhook.query` and never logged. */
                token?: components["parameters"]["WebhookQueryToken"];
                /** @description `true` answers synchronously (see the operation), `false` asynchronously even if the trigger says `responseMode: sync`. */
                wait?: components["parameters"]["WebhookWait"];
            };
            header?: {
                /**
                 * @description Optional key that makes retries safe: a repeated key returns the execution created by the first call
                 *     instead of starting another one. Keys are shared with the execute operation.
                 */
                "Idempotency-Key"?: components["parameters"]["WebhookIdempotencyKey"];
                /**
                 * @description `wait=<seconds>` (RFC 7240; the value may be quoted, `wait="5"`) answers synchronously, waiting at most that
                 *     long (capped by the server's maximum, 30 s by default). `respond-async` alone forces the asynchronous
                 *     answer; `respond-async, wait=<seconds>` (RFC 7240's example) waits like `wait=<seconds>`, then answers 202.
                 */
                Prefer?: components["parameters"]["WebhookPrefer"];
                /** @description Svix's message id (Standard Webhooks under Svix's header names); a delivery id like `webhook-id`. */
                "svix-id"?: components["parameters"]["WebhookSvixId"];
                /**
                 * @description Standard Webhooks' message id (the same on every retry of a message); a delivery id like
                 *     `X-Webhook-Delivery-Id`. Of several delivery-id headers the first of `X-Webhook-Delivery-Id`,
                 *     `X-GitHub-Delivery`, `webhook-id`, `svix-id` counts. Also signed by the `standard` signature scheme.
                 */
                "webhook-id"?: components["parameters"]["WebhookStandardId"];
                /** @description GitHub's delivery id; treated like `X-Webhook-Delivery-Id` (which wins when both are sent). */
                "X-GitHub-Delivery"?: components["parameters"]["WebhookGitHubDelivery"];
                /**
                 * @description Unique id of this delivery, set by the sender. A repeat of an id already accepted for this trigger answers
                 *     200 `deduplicated: true` with the first delivery's execution instead of starting another one.
                 */
                "X-Webhook-Delivery-Id"?: components["parameters"]["WebhookDeliveryId"];
                /**
                 * @description Shared secret. Required only when the webhook trigger defines `verify_token`, and then it must match
                 *     it exactly (401 FLK-0362 otherwise).
                 */
                "X-Webhook-Token"?: components["parameters"]["WebhookToken"];
            };
            path: {
                /**
                 * @description Path registered by the workflow's webhook trigger, without the `/v1/webhooks` prefix. Nested paths
                 *     may be sent literally (`/v1/webhooks/orders/paid`) or with the slashes percent-encoded
                 *     (`/v1/webhooks/orders%2Fpaid`); both reach the route registered as `/orders/paid`. Matching is
                 *     case-sensitive, ignores leading and trailing slashes, and compares accented letters in Unicode form C
                 *     (`é` and `e` + a combining accent are the same path).
                 */
                path: components["parameters"]["WebhookPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["WebhookPayload"];
        responses: {
            /**
             * @description Synchronous mode: the execution finished and `output` holds its final output. Also a repeated delivery id
             *     (`deduplicated: true`), naming the first delivery's execution. A repeated `Idempotency-Key` is 409, also
             *     when its execution has finished.
             */
            200: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Execution accepted and stored; it runs asynchronously. */
            201: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /** @description Synchronous mode only - the wait ran out; the execution continues. Poll `Location`. */
            202: {
                headers: {
                    /** @description The execution status operation for this execution (`/v1/executions/{id}`). */
                    Location?: string;
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCallOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body claims JSON but is not a JSON object (syntax error, not UTF-8, or an array or scalar), or nests deeper than 100 levels, or holds a number beyond ±1.8e308; or a form body cannot be read (malformed multipart, more than 1000 fields and files, a field name over 200 bytes); or a body sent with a `Content-Encoding` does not decode as that coding.
             *     - `FLK-0304`: `wait` is not `true` or `false`, `wait` or the `token` read as the secret is given more than once, `Prefer: wait=` is not a number of seconds, or the delivery id is longer than 200 characters or its header is sent more than once.
             *     - `FLK-0509`: `Idempotency-Key` is longer than 255 characters or sent more than once.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the route has no webhook secret and the `X-API-Key` header is missing or wrong.
             *     - `FLK-0362`: the route requires its webhook secret and none was presented, or it is wrong.
             *     - `FLK-0365`: the trigger verifies the sender's signature and it is missing, wrong or too old.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Nothing listens here. Codes:
             *     - `FLK-0361`: no active or armed workflow listens on this method and path.
             *     - `FLK-0100`: the workflow owning the route was deleted meanwhile.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Duplicate. Codes:
             *     - `FLK-0505`: this `Idempotency-Key` was already used for this workflow; `executionId` (and the
             *       `X-Webhook-Execution-ID` header) name the execution the first call started.
             */
            409: {
                headers: {
                    "X-Webhook-Execution-ID": components["headers"]["WebhookExecutionId"];
                    "X-Webhook-Workflow-ID": components["headers"]["WebhookWorkflowId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The workflow is only armed for a single call, and that call has been used or the arm window has passed. Codes:
             *     - `FLK-0364`: the armed webhook was already consumed or has expired; arm it again.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0363`: the webhook body is larger than the limit (1 MiB by default, `WEBHOOK_BODY_LIMIT_BYTES`), as sent or once its `Content-Encoding` is undone.
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The body's content coding is not supported. Codes:
             *     - `FLK-0007`: `Content-Encoding` names a coding other than `gzip`, `deflate`, `br` or `identity`, or more than two codings; `Accept-Encoding` lists the supported ones.
             */
            415: components["responses"]["UnsupportedContentEncoding"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active` (it was deactivated while the call was handled).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The trigger's rate limit is exhausted. Codes:
             *     - `FLK-0010`: too many calls for this workflow; wait `retryAfter` seconds (also in `Retry-After`).
             */
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Server-side failure. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             *     - `FLK-0504`: synchronous mode only - the execution failed; `executionId` names it.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtendedErrorResponse"];
                };
            };
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description Opaque page token: the `nextCursor` of the previous page. Omit it, or leave it empty, for the first page. */
                cursor?: string;
                /** @description Maximum number of items in the page (1 to 100). */
                limit?: number;
                /** @description Field to sort by. */
                sortBy?: "createdAt" | "updatedAt" | "name";
                /** @description Sort direction. */
                sortOrder?: "ASC" | "DESC";
                /** @description Only workflows in this status. */
                status?: "draft" | "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowListOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0008`: the `cursor` value cannot be decoded (it must be a `nextCursor` returned by the same list).
             *     - `FLK-0304`: a query parameter has a value that is not allowed (wrong type, out of range or not in its list of values), or is not one this operation takes.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The workflow to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Payment Notification Flow",
                 *       "description": "Receives a payment webhook, screens it with Tracer and books approved payments in Midaz.",
                 *       "nodes": [
                 *         {
                 *           "id": "webhook-trigger",
                 *           "type": "trigger",
                 *           "name": "Payment webhook",
                 *           "position": {
                 *             "x": 250,
                 *             "y": 0
                 *           },
                 *           "data": {
                 *             "triggerType": "webhook",
                 *             "path": "/payments/received",
                 *             "method": "POST"
                 *           }
                 *         },
                 *         {
                 *           "id": "tracer-validate",
                 *           "type": "executor",
                 *           "name": "Tracer Validate Transaction",
                 *           "position": {
                 *             "x": 250,
                 *             "y": 150
                 *           },
                 *           "data": {
                 *             "executorId": "tracer.validate-transaction",
                 *             "providerConfigId": "c3d4e5f6-a7b8-4012-8def-345678901234",
                 *             "path": "/v1/validations",
                 *             "method": "POST",
                 *             "inputMapping": [
                 *               {
                 *                 "source": "workflow.amount",
                 *                 "target": "amount"
                 *               },
                 *               {
                 *                 "source": "workflow.currency",
                 *                 "target": "currency"
                 *               }
                 *             ]
                 *           }
                 *         },
                 *         {
                 *           "id": "decision-check",
                 *           "type": "conditional",
                 *           "name": "Decision Check",
                 *           "position": {
                 *             "x": 250,
                 *             "y": 300
                 *           },
                 *           "data": {
                 *             "condition": "tracer-validate.body.decision == \"ALLOW\""
                 *           }
                 *         },
                 *         {
                 *           "id": "approved-output",
                 *           "type": "action",
                 *           "name": "Approved",
                 *           "position": {
                 *             "x": 100,
                 *             "y": 450
                 *           },
                 *           "data": {
                 *             "actionType": "set_output",
                 *             "output": {
                 *               "approved": true
                 *             }
                 *           }
                 *         }
                 *       ],
                 *       "edges": [
                 *         {
                 *           "id": "trigger-to-tracer",
                 *           "source": "webhook-trigger",
                 *           "target": "tracer-validate"
                 *         },
                 *         {
                 *           "id": "tracer-to-decision",
                 *           "source": "tracer-validate",
                 *           "target": "decision-check"
                 *         },
                 *         {
                 *           "id": "decision-to-output",
                 *           "source": "decision-check",
                 *           "target": "approved-output",
                 *           "sourceHandle": "true",
                 *           "label": "Approved"
                 *         }
                 *       ],
                 *       "metadata": {
                 *         "team": "payments"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorkflowInput"];
            };
        };
        responses: {
            /** @description Created; the workflow is a `draft`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0106`: an executor node's `data` is invalid: `executorId` is empty, or the executor-specific fields do not satisfy the executor's JSON Schema.
             *     - `FLK-0110`: the workflow `name` is missing, empty or white space only.
             *     - `FLK-0111`: the workflow `name` is longer than 100 characters.
             *     - `FLK-0113`: the workflow has more than 100 nodes.
             *     - `FLK-0114`: the workflow has more than 200 edges.
             *     - `FLK-0115`: an edge `source` or `target` is not the id of a node in the same workflow, or an edge leaving a conditional node has a `sourceHandle` other than `"true"` or `"false"`.
             *     - `FLK-0117`: the workflow `description` is longer than 500 characters.
             *     - `FLK-0118`: the edges form a cycle.
             *     - `FLK-0120`: a node `id` is missing or empty.
             *     - `FLK-0121`: a node `type` is missing.
             *     - `FLK-0122`: a node `id` is longer than 50 characters or used by two nodes, or an executor or transform node's `id` is `workflow` or `output` (the execution context's own keys).
             *     - `FLK-0123`: a node `type` is not one of `trigger`, `executor`, `conditional`, `action`.
             *     - `FLK-0124`: a node `name` is longer than 50 characters.
             *     - `FLK-0130`: an edge `id` is missing or empty, or used by two edges.
             *     - `FLK-0131`: an edge `source` is missing or empty.
             *     - `FLK-0132`: an edge `target` is missing or empty.
             *     - `FLK-0140`: an executor node's `inputMapping`, or a `transform` action's `mapping`, does not compile.
             *     - `FLK-0141`: an executor node's `outputMapping` does not compile.
             *     - `FLK-0142`: an executor node's or a `transform` action's `transforms` do not compile (unknown operation or malformed spec).
             *     - `FLK-0150`: an executor node's `providerConfigId` is missing, not a UUID, unknown, or not `active`.
             *     - `FLK-0151`: the referenced provider configuration belongs to a different provider than the node's executor.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0104`: an executor node names an `executorId` that is not in the catalog (or whose provider is missing).
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0101`: another workflow already uses this name (names are unique, case-sensitive).
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        /** @description New content of the workflow. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowInput"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0106`: an executor node's `data` is invalid: `executorId` is empty, or the executor-specific fields do not satisfy the executor's JSON Schema.
             *     - `FLK-0110`: the workflow `name` is missing, empty or white space only.
             *     - `FLK-0111`: the workflow `name` is longer than 100 characters.
             *     - `FLK-0113`: the workflow has more than 100 nodes.
             *     - `FLK-0114`: the workflow has more than 200 edges.
             *     - `FLK-0115`: an edge `source` or `target` is not the id of a node in the same workflow, or an edge leaving a conditional node has a `sourceHandle` other than `"true"` or `"false"`.
             *     - `FLK-0117`: the workflow `description` is longer than 500 characters.
             *     - `FLK-0118`: the edges form a cycle.
             *     - `FLK-0120`: a node `id` is missing or empty.
             *     - `FLK-0121`: a node `type` is missing.
             *     - `FLK-0122`: a node `id` is longer than 50 characters or used by two nodes, or an executor or transform node's `id` is `workflow` or `output` (the execution context's own keys).
             *     - `FLK-0123`: a node `type` is not one of `trigger`, `executor`, `conditional`, `action`.
             *     - `FLK-0124`: a node `name` is longer than 50 characters.
             *     - `FLK-0130`: an edge `id` is missing or empty, or used by two edges.
             *     - `FLK-0131`: an edge `source` is missing or empty.
             *     - `FLK-0132`: an edge `target` is missing or empty.
             *     - `FLK-0140`: an executor node's `inputMapping`, or a `transform` action's `mapping`, does not compile.
             *     - `FLK-0141`: an executor node's `outputMapping` does not compile.
             *     - `FLK-0142`: an executor node's or a `transform` action's `transforms` do not compile (unknown operation or malformed spec).
             *     - `FLK-0150`: an executor node's `providerConfigId` is missing, not a UUID, unknown, or not `active`.
             *     - `FLK-0151`: the referenced provider configuration belongs to a different provider than the node's executor.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             *     - `FLK-0104`: an executor node names an `executorId` that is not in the catalog (or whose provider is missing).
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0101`: another workflow already uses this name (names are unique, case-sensitive).
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0103`: the workflow cannot be changed in its current status (updates need `draft`; an `active` workflow cannot be deleted).
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0103`: the workflow cannot be changed in its current status (updates need `draft`; an `active` workflow cannot be deleted).
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    activateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activated workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0105`: a conditional node has no `condition`, or it (or an edge's `condition`) does not parse.
             *     - `FLK-0106`: an executor node's `data` is invalid: `executorId` is empty, the executor-specific fields do not satisfy the executor's JSON Schema, or (Tracer and HTTP executors) its own `path`, `method`, `headers`, `query` or `successStatuses` could never be sent, e.g. a `path` that is a whole URL or climbs out with `..`.
             *     - `FLK-0110`: the workflow `name` is missing, empty or white space only.
             *     - `FLK-0111`: the workflow `name` is longer than 100 characters.
             *     - `FLK-0113`: the workflow has more than 100 nodes.
             *     - `FLK-0114`: the workflow has more than 200 edges.
             *     - `FLK-0115`: an edge `source` or `target` is not the id of a node in the same workflow, or an edge leaving a conditional node has a `sourceHandle` other than `"true"` or `"false"` (also when it has none: no branch would take it).
             *     - `FLK-0117`: the workflow `description` is longer than 500 characters (stored before that rule).
             *     - `FLK-0118`: the edges form a cycle.
             *     - `FLK-0120`: a node `id` is missing or empty (stored before that rule).
             *     - `FLK-0121`: a node `type` is missing (stored before that rule).
             *     - `FLK-0122`: two nodes share the same `id`, a node `id` is longer than 50 characters, or an executor or transform node's `id` is `workflow` or `output` (the execution context's own keys).
             *     - `FLK-0123`: a node `type` is not one of `trigger`, `executor`, `conditional`, `action` (stored before that rule).
             *     - `FLK-0124`: a node `name` is longer than 50 characters (stored before that rule).
             *     - `FLK-0130`: two edges share the same `id`, or an edge `id` is missing or empty.
             *     - `FLK-0131`: an edge `source` is missing or empty (stored before that rule).
             *     - `FLK-0132`: an edge `target` is missing or empty (stored before that rule).
             *     - `FLK-0140`: an executor node's `inputMapping`, or a `transform` action's `mapping`, does not compile, or an operation in it has a configuration that would fail every run (e.g. `add_prefix` without `prefix`).
             *     - `FLK-0141`: an executor node's `outputMapping` does not compile, or has an operation configuration that would fail every run.
             *     - `FLK-0142`: an executor node's or a `transform` action's `transforms` do not compile (unknown operation or malformed spec), or have an operation configuration that would fail every run (e.g. `uuid` version 7).
             *     - `FLK-0150`: an executor node's `providerConfigId` is missing, not a UUID, unknown, or not `active`.
             *     - `FLK-0151`: the referenced provider configuration belongs to a different provider than the node's executor.
             *     - `FLK-0211`: a webhook trigger's `method` or `path` is missing or not a non-empty string, its `method` is not one of GET, POST, PUT, PATCH, DELETE, or its `path` names no route (`/`, also spelt `%2F`), is longer than 512 characters (once percent-decoded, its leading `/` not counted) or holds a control character (also percent-encoded, such as `%01`); a trigger has a `path` or `method` but no `triggerType: webhook` (missing or misspelt, so it would get no route); or a trigger's `signature` is not `{scheme: github|stripe|standard, secret: 1-512 characters, toleranceSeconds?: 1-86400}`, its `rateLimit` not `{requests: 1-100000, perSeconds: 1-86400}` or its `responseMode` not `async`/`sync`.
             *     - `FLK-0360`: a webhook trigger uses a method and path already registered by another active workflow (or twice in this one).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             *     - `FLK-0104`: an executor node names an `executorId` that is not in the catalog (or whose provider is missing).
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0102`: the lifecycle transition is not allowed from the workflow's current status.
             *     - `FLK-0112`: the workflow has no nodes, so it cannot be activated.
             *     - `FLK-0116`: the workflow has no node of type `trigger`, so it cannot be activated.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cloneWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional settings for the copy. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CloneWorkflowInput"];
            };
        };
        responses: {
            /** @description Created; the copy is a `draft`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0110`: the workflow `name` is missing, empty or white space only.
             *     - `FLK-0111`: the workflow `name` is longer than 100 characters.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0101`: another workflow already uses this name (names are unique, case-sensitive).
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deactivateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0102`: the lifecycle transition is not allowed from the workflow's current status.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    moveWorkflowToDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow, now a draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0350`: the resource changed status while the request was being processed; read it again and retry.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0102`: the lifecycle transition is not allowed from the workflow's current status.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    armWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArmWebhookInput"];
            };
        };
        responses: {
            /** @description The arm, with its one-time secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArmWebhookOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: the workflow id is not a valid UUID.
             *     - `FLK-0001`: the body is not a JSON object, or a field has the wrong JSON type.
             *     - `FLK-0300`: the body has a field this operation does not know.
             *     - `FLK-0304`: a number is outside its documented range.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0366`: another workflow is active or armed on the same method and path.
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The workflow cannot be armed. Codes:
             *     - `FLK-0102`: the workflow is `active`; its webhook is deployed already.
             *     - `FLK-0367`: the workflow has no webhook trigger whose `method` and `path` activation would accept (the message says what is wrong with the one it has), or the requested `nodeId` is not such a trigger.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the workflow. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretInput"];
            };
        };
        responses: {
            /** @description The new secret. It cannot be read again. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0002`: the workflow id is not a valid UUID.
             *     - `FLK-0001`: the body is not a JSON object, or a field has the wrong JSON type.
             *     - `FLK-0300`: the body has a field this operation does not know.
             *     - `FLK-0304`: a number is outside its documented range.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    executeWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description Client-chosen key that makes retries safe: a repeated key returns the execution created by the first request. Must not be blank. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the workflow to run. */
                workflowId: string;
            };
            cookie?: never;
        };
        /** @description Input of the run (at most 1 MiB). */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputData": {
                 *         "amount": "1500.00",
                 *         "currency": "BRL",
                 *         "customerId": "cus_8f2a41"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExecuteWorkflowInput"];
            };
        };
        responses: {
            /** @description Replay of an execution that has already finished. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionCreateOutput"];
                };
            };
            /** @description Execution started (or replay of one still in progress). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0002`: a path id or a UUID query filter is not a valid UUID.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0509`: the `Idempotency-Key` header is missing, blank, longer than 255 characters or sent more than once.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0100`: no workflow has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0506`: the execute body is larger than 1 MiB (1,048,576 bytes).
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is valid but cannot be applied in the current state. Codes:
             *     - `FLK-0501`: the workflow is not `active`.
             *     - `FLK-0510`: the `Idempotency-Key` was already used for this workflow with a different request body.
             */
            422: components["responses"]["UnprocessableEntity"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkflowFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Template id and parameters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowFromTemplateInput"];
            };
        };
        responses: {
            /** @description Created; the workflow is a `draft`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowCreateOutput"];
                };
            };
            /**
             * @description The request is invalid. Codes:
             *     - `FLK-0001`: the body is not JSON of the expected shape (syntax error, wrong JSON type for a field, or an empty body where one is required).
             *     - `FLK-0106`: an executor node's `data` is invalid: `executorId` is empty, or the executor-specific fields do not satisfy the executor's JSON Schema.
             *     - `FLK-0110`: the workflow `name` is missing, empty or white space only.
             *     - `FLK-0111`: the workflow `name` is longer than 100 characters.
             *     - `FLK-0113`: the workflow has more than 100 nodes.
             *     - `FLK-0114`: the workflow has more than 200 edges.
             *     - `FLK-0115`: an edge `source` or `target` is not the id of a node in the same workflow, or an edge leaving a conditional node has a `sourceHandle` other than `"true"` or `"false"`.
             *     - `FLK-0117`: the workflow `description` is longer than 500 characters.
             *     - `FLK-0118`: the edges form a cycle.
             *     - `FLK-0120`: a node `id` is missing or empty.
             *     - `FLK-0121`: a node `type` is missing.
             *     - `FLK-0122`: a node `id` is longer than 50 characters or used by two nodes, or an executor or transform node's `id` is `workflow` or `output` (the execution context's own keys).
             *     - `FLK-0123`: a node `type` is not one of `trigger`, `executor`, `conditional`, `action`.
             *     - `FLK-0124`: a node `name` is longer than 50 characters.
             *     - `FLK-0130`: an edge `id` is missing or empty, or used by two edges.
             *     - `FLK-0131`: an edge `source` is missing or empty.
             *     - `FLK-0132`: an edge `target` is missing or empty.
             *     - `FLK-0140`: an executor node's `inputMapping`, or a `transform` action's `mapping`, does not compile.
             *     - `FLK-0141`: an executor node's `outputMapping` does not compile.
             *     - `FLK-0142`: an executor node's or a `transform` action's `transforms` do not compile (unknown operation or malformed spec).
             *     - `FLK-0150`: an executor node's `providerConfigId` is missing, not a UUID, unknown, or not `active`.
             *     - `FLK-0151`: the referenced provider configuration belongs to a different provider than the node's executor.
             *     - `FLK-0242`: the `params` do not satisfy the template's parameter schema.
             *     - `FLK-0300`: the body contains fields this operation does not accept (listed in `fields`).
             *     - `FLK-0301`: required body fields are missing (listed in `fields`).
             *     - `FLK-0312`: a `metadata` key is longer than 64 characters.
             *     - `FLK-0313`: a `metadata` string value is longer than 2,000 characters.
             *     - `FLK-0314`: `metadata` is nested deeper than 5 levels (the metadata object itself is level 1).
             *     - `FLK-0315`: `metadata` has more than 50 top-level entries.
             */
            400: components["responses"]["BadRequest"];
            /**
             * @description Authentication failed. Codes:
             *     - `FLK-0003`: the `X-API-Key` header is missing or does not match the configured key.
             */
            401: components["responses"]["Unauthorized"];
            /**
             * @description A referenced resource does not exist. Codes:
             *     - `FLK-0104`: an executor node names an `executorId` that is not in the catalog (or whose provider is missing).
             *     - `FLK-0240`: no catalog template has this id.
             */
            404: components["responses"]["NotFound"];
            /**
             * @description The request conflicts with the current state. Codes:
             *     - `FLK-0101`: another workflow already uses this name (names are unique, case-sensitive).
             */
            409: components["responses"]["Conflict"];
            /**
             * @description The request body is too large. Codes:
             *     - `FLK-0006`: the request body is larger than the server accepts.
             */
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description The request body has the wrong content type. Codes:
             *     - `FLK-0007`: the request body is not sent as `application/json`.
             */
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Unexpected server error. Codes:
             *     - `FLK-9999`: an unexpected server-side failure (for example a database error).
             */
            500: components["responses"]["InternalError"];
            /**
             * @description The service cannot take requests right now. Codes:
             *     - `FLK-0009`: the service is starting up, shutting down or has lost a required dependency.
             */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Version information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
        };
    };
}
