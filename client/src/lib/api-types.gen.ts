// Generated from the OpenAPI document of the routes (test/api/api-contract.test.ts); do not edit.
/* eslint-disable */
export interface paths {
    "/api/aircraft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    mode?: "air" | "sea";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: "sdf" | "foreign_military" | "civil";
                            cruiseKmh: number | null;
                            maxPaxEvac: number | null;
                            minRunwayM: number | null;
                            mode?: "air" | "sea";
                            notes?: string;
                            rangeKm: number | null;
                            seats: number | null;
                            source?: string;
                            type: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/airports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    country?: string;
                    cursor?: string;
                    limit?: string;
                    mode?: "air" | "sea";
                    status?: "open" | "closed";
                    zone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berths?: number | null;
                            country: string;
                            departuresPerHour: number;
                            iata: string | null;
                            icao: string | null;
                            id: string;
                            lat: number;
                            lon: number;
                            mode?: "air" | "sea";
                            name: string;
                            role?: string | null;
                            runwayM: number | null;
                            status: "open" | "closed";
                            unlocode?: string | null;
                            version: number;
                            zone: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        berths?: number | null;
                        country: string;
                        departuresPerHour: number;
                        iata?: string | null;
                        icao?: string | null;
                        id?: string;
                        lat: number;
                        lon: number;
                        mode?: "air" | "sea";
                        name: string;
                        role?: string | null;
                        runwayM?: number | null;
                        status?: "open" | "closed";
                        unlocode?: string | null;
                        zone: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berths?: number | null;
                            country: string;
                            departuresPerHour: number;
                            iata: string | null;
                            icao: string | null;
                            id: string;
                            lat: number;
                            lon: number;
                            mode?: "air" | "sea";
                            name: string;
                            role?: string | null;
                            runwayM: number | null;
                            status: "open" | "closed";
                            unlocode?: string | null;
                            version: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/airports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berths?: number | null;
                            country: string;
                            departuresPerHour: number;
                            iata: string | null;
                            icao: string | null;
                            id: string;
                            lat: number;
                            lon: number;
                            mode?: "air" | "sea";
                            name: string;
                            role?: string | null;
                            runwayM: number | null;
                            status: "open" | "closed";
                            unlocode?: string | null;
                            version: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        berths?: number | null;
                        country?: string;
                        departuresPerHour?: number;
                        iata?: string | null;
                        icao?: string | null;
                        lat?: number;
                        lon?: number;
                        name?: string;
                        role?: string | null;
                        runwayM?: number | null;
                        status?: "open" | "closed";
                        unlocode?: string | null;
                        zone?: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            berths?: number | null;
                            country: string;
                            departuresPerHour: number;
                            iata: string | null;
                            icao: string | null;
                            id: string;
                            lat: number;
                            lon: number;
                            mode?: "air" | "sea";
                            name: string;
                            role?: string | null;
                            runwayM: number | null;
                            status: "open" | "closed";
                            unlocode?: string | null;
                            version: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/airports/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/airports/export.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/airports/export.kml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.google-earth.kml+xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    country?: string;
                    cursor?: string;
                    limit?: string;
                    zone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            priority1: number;
                            priority2: number;
                            residents: number;
                            version: number;
                            visitors: number;
                            zone: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country: string;
                        id?: string;
                        lat: number;
                        lon: number;
                        name: string;
                        priority1?: number;
                        priority2?: number;
                        residents: number;
                        visitors?: number;
                        zone: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            priority1: number;
                            priority2: number;
                            residents: number;
                            version: number;
                            visitors: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            priority1: number;
                            priority2: number;
                            residents: number;
                            version: number;
                            visitors: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string;
                        lat?: number;
                        lon?: number;
                        name?: string;
                        priority1?: number;
                        priority2?: number;
                        residents?: number;
                        visitors?: number;
                        zone?: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            priority1: number;
                            priority2: number;
                            residents: number;
                            version: number;
                            visitors: number;
                            zone: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assembly-areas/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly-areas/export.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assembly-areas/export.kml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.google-earth.kml+xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    before?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    limit?: string;
                    since?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            after: unknown;
                            at: string;
                            before: unknown;
                            entityId: string;
                            entityType: string;
                            id: number;
                            username: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            evacuees: number;
                            name: string;
                            residents: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/error-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            meaning: string;
                            statuses: number[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                [key: string]: {
                                    columns: string[];
                                    required: string[];
                                };
                            };
                            limits: {
                                maxBytes: number;
                                maxRows: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv?: string;
                        fileName?: string;
                        geojson?: string;
                        kind?: "areas" | "airports" | "offers";
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committed: boolean;
                            created: number;
                            errors: {
                                code: "file_empty" | "csv_syntax" | "too_many_rows" | "header_blank" | "header_unknown" | "header_duplicate" | "header_mixed" | "header_missing" | "row_cells" | "value_required" | "value_not_number" | "value_not_integer" | "value_empty_id" | "value_invalid" | "priorities_exceed" | "window_order" | "id_twice" | "country_unknown" | "zone_country" | "partner_unknown" | "airport_unknown" | "offer_fact" | "db_refused" | "area_unknown" | "time_invalid" | "time_before_start" | "time_future" | "value_count" | "no_rows" | "geojson_file" | "geojson_feature" | "geojson_nested" | "geojson_not_point" | "geojson_not_degrees";
                                column: string | null;
                                feature?: number;
                                field: string | null;
                                line?: number;
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                row: number;
                            }[];
                            kind: "areas" | "airports" | "offers";
                            rows: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv?: string;
                        fileName?: string;
                        geojson?: string;
                        kind?: "areas" | "airports" | "offers";
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committed: boolean;
                            created: number;
                            errors: {
                                code: "file_empty" | "csv_syntax" | "too_many_rows" | "header_blank" | "header_unknown" | "header_duplicate" | "header_mixed" | "header_missing" | "row_cells" | "value_required" | "value_not_number" | "value_not_integer" | "value_empty_id" | "value_invalid" | "priorities_exceed" | "window_order" | "id_twice" | "country_unknown" | "zone_country" | "partner_unknown" | "airport_unknown" | "offer_fact" | "db_refused" | "area_unknown" | "time_invalid" | "time_before_start" | "time_future" | "value_count" | "no_rows" | "geojson_file" | "geojson_feature" | "geojson_nested" | "geojson_not_point" | "geojson_not_degrees";
                                column: string | null;
                                feature?: number;
                                field: string | null;
                                line?: number;
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                row: number;
                            }[];
                            kind: "areas" | "airports" | "offers";
                            rows: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequestedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                                status: number;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: "plan" | "replan";
                            planId: string | null;
                            progress: {
                                best?: number;
                                bound?: number;
                                elapsedSeconds: number;
                                gap?: number;
                                peopleOut?: number;
                                phase: string;
                            } | null;
                            resultPlanId: string | null;
                            scenarioId: string;
                            startedAt: string | null;
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequestedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                                status: number;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: "plan" | "replan";
                            planId: string | null;
                            progress: {
                                best?: number;
                                bound?: number;
                                elapsedSeconds: number;
                                gap?: number;
                                peopleOut?: number;
                                phase: string;
                            } | null;
                            resultPlanId: string | null;
                            scenarioId: string;
                            startedAt: string | null;
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequestedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                                status: number;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: "plan" | "replan";
                            planId: string | null;
                            progress: {
                                best?: number;
                                bound?: number;
                                elapsedSeconds: number;
                                gap?: number;
                                peopleOut?: number;
                                phase: string;
                            } | null;
                            resultPlanId: string | null;
                            scenarioId: string;
                            startedAt: string | null;
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    planId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actual: {
                                japaneseCarried: number;
                                nationalsCarried: number;
                                operationId: string;
                                sortiesDeparted: number;
                            } | null;
                            given: {
                                accepted: number;
                                carried: number;
                                requested: number;
                                requests: {
                                    acceptedSeats: number | null;
                                    carried: number;
                                    id: string;
                                    seats: number;
                                    status: "submitted" | "accepted" | "declined" | "withdrawn";
                                }[];
                            };
                            name: string;
                            nation: string;
                            offered: {
                                offers: number;
                                seats: number;
                                sorties: number;
                            };
                            partnerId: string;
                            plan: {
                                id: string;
                                name: string;
                                status: string;
                                version: number;
                            } | null;
                            used: {
                                japaneseCarried: number;
                                seats: number;
                                sorties: number;
                            };
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lift-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    category?: "sdf" | "foreign_military" | "civil";
                    cursor?: string;
                    limit?: string;
                    partnerId?: string;
                    status?: "submitted" | "accepted" | "declined" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aircraftCount: number;
                            aircraftType: string;
                            /** Format: date-time */
                            availableFrom: string;
                            /** Format: date-time */
                            availableTo: string;
                            category: "sdf" | "foreign_military" | "civil";
                            decisionNote?: string | null;
                            destinationAirportId: string;
                            flags?: ("type_not_in_catalogue" | "seats_unchecked")[];
                            id: string;
                            note?: string | null;
                            originAirportIds: string[];
                            partnerId: string;
                            seatShare?: {
                                departures: {
                                    /** Format: date-time */
                                    departAt: string;
                                    originAirportId: string;
                                }[];
                            } | null;
                            seatsPerSortie: number;
                            sorties: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            turnaroundHours: number;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aircraftCount: number;
                        aircraftType: string;
                        /** Format: date-time */
                        availableFrom: string;
                        /** Format: date-time */
                        availableTo: string;
                        category?: "sdf" | "foreign_military" | "civil";
                        destinationAirportId: string;
                        id?: string;
                        note?: string | null;
                        originAirportIds: string[];
                        partnerId?: string;
                        seatShare?: {
                            departures: {
                                /** Format: date-time */
                                departAt: string;
                                originAirportId: string;
                            }[];
                        } | null;
                        seatsPerSortie: number;
                        sorties: number;
                        turnaroundHours: number;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aircraftCount: number;
                            aircraftType: string;
                            /** Format: date-time */
                            availableFrom: string;
                            /** Format: date-time */
                            availableTo: string;
                            category: "sdf" | "foreign_military" | "civil";
                            decisionNote?: string | null;
                            destinationAirportId: string;
                            flags?: ("type_not_in_catalogue" | "seats_unchecked")[];
                            id: string;
                            note?: string | null;
                            originAirportIds: string[];
                            partnerId: string;
                            seatShare?: {
                                departures: {
                                    /** Format: date-time */
                                    departAt: string;
                                    originAirportId: string;
                                }[];
                            } | null;
                            seatsPerSortie: number;
                            sorties: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            turnaroundHours: number;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lift-offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aircraftCount: number;
                            aircraftType: string;
                            /** Format: date-time */
                            availableFrom: string;
                            /** Format: date-time */
                            availableTo: string;
                            category: "sdf" | "foreign_military" | "civil";
                            decisionNote?: string | null;
                            destinationAirportId: string;
                            flags?: ("type_not_in_catalogue" | "seats_unchecked")[];
                            id: string;
                            note?: string | null;
                            originAirportIds: string[];
                            partnerId: string;
                            seatShare?: {
                                departures: {
                                    /** Format: date-time */
                                    departAt: string;
                                    originAirportId: string;
                                }[];
                            } | null;
                            seatsPerSortie: number;
                            sorties: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            turnaroundHours: number;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aircraftCount?: number;
                        aircraftType?: string;
                        /** Format: date-time */
                        availableFrom?: string;
                        /** Format: date-time */
                        availableTo?: string;
                        category?: "sdf" | "foreign_military" | "civil";
                        destinationAirportId?: string;
                        note?: string | null;
                        originAirportIds?: string[];
                        seatShare?: {
                            departures: {
                                /** Format: date-time */
                                departAt: string;
                                originAirportId: string;
                            }[];
                        } | null;
                        seatsPerSortie?: number;
                        sorties?: number;
                        /** @enum {string} */
                        status?: "withdrawn";
                        turnaroundHours?: number;
                        version: number;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aircraftCount: number;
                            aircraftType: string;
                            /** Format: date-time */
                            availableFrom: string;
                            /** Format: date-time */
                            availableTo: string;
                            category: "sdf" | "foreign_military" | "civil";
                            decisionNote?: string | null;
                            destinationAirportId: string;
                            flags?: ("type_not_in_catalogue" | "seats_unchecked")[];
                            id: string;
                            note?: string | null;
                            originAirportIds: string[];
                            partnerId: string;
                            seatShare?: {
                                departures: {
                                    /** Format: date-time */
                                    departAt: string;
                                    originAirportId: string;
                                }[];
                            } | null;
                            seatsPerSortie: number;
                            sorties: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            turnaroundHours: number;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/lift-offers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        status: "accepted" | "declined";
                        version?: number;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aircraftCount: number;
                            aircraftType: string;
                            /** Format: date-time */
                            availableFrom: string;
                            /** Format: date-time */
                            availableTo: string;
                            category: "sdf" | "foreign_military" | "civil";
                            decisionNote?: string | null;
                            destinationAirportId: string;
                            flags?: ("type_not_in_catalogue" | "seats_unchecked")[];
                            id: string;
                            note?: string | null;
                            originAirportIds: string[];
                            partnerId: string;
                            seatShare?: {
                                departures: {
                                    /** Format: date-time */
                                    departAt: string;
                                    originAirportId: string;
                                }[];
                            } | null;
                            seatsPerSortie: number;
                            sorties: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            turnaroundHours: number;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lift-offers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    planId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clockOffsetMs: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            name: string;
                            /** Format: date-time */
                            now: string;
                            planId: string;
                            proposalPlanId: string | null;
                            scenarioId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        clockAt?: string;
                        name?: string;
                        planId: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            labels: {
                                airports: {
                                    [key: string]: string;
                                };
                                areas: {
                                    [key: string]: string;
                                };
                                partners: {
                                    [key: string]: string;
                                };
                            };
                            operation: {
                                clockOffsetMs: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                name: string;
                                /** Format: date-time */
                                now: string;
                                planId: string;
                                proposalPlanId: string | null;
                                scenarioId: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            sorties: {
                                arrivedAt: string | null;
                                change: "added" | "moved" | null;
                                departedAt: string | null;
                                destinationAirportId: string;
                                inForce: boolean;
                                manifest: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                    priority: 1 | 2 | 3;
                                }[];
                                offerId: string;
                                originAirportId: string;
                                partnerId: string;
                                planId: string;
                                planned: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                plannedDepartAt: string;
                                plannedPassengers: number;
                                reason: string | null;
                                replacesSortieId: string | null;
                                retiredReason: string | null;
                                seats: number;
                                sortieId: string;
                                state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            labels: {
                                airports: {
                                    [key: string]: string;
                                };
                                areas: {
                                    [key: string]: string;
                                };
                                partners: {
                                    [key: string]: string;
                                };
                            };
                            operation: {
                                clockOffsetMs: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                name: string;
                                /** Format: date-time */
                                now: string;
                                planId: string;
                                proposalPlanId: string | null;
                                scenarioId: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            sorties: {
                                arrivedAt: string | null;
                                change: "added" | "moved" | null;
                                departedAt: string | null;
                                destinationAirportId: string;
                                inForce: boolean;
                                manifest: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                    priority: 1 | 2 | 3;
                                }[];
                                offerId: string;
                                originAirportId: string;
                                partnerId: string;
                                planId: string;
                                planned: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                plannedDepartAt: string;
                                plannedPassengers: number;
                                reason: string | null;
                                replacesSortieId: string | null;
                                retiredReason: string | null;
                                seats: number;
                                sortieId: string;
                                state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        planId: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            labels: {
                                airports: {
                                    [key: string]: string;
                                };
                                areas: {
                                    [key: string]: string;
                                };
                                partners: {
                                    [key: string]: string;
                                };
                            };
                            operation: {
                                clockOffsetMs: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                name: string;
                                /** Format: date-time */
                                now: string;
                                planId: string;
                                proposalPlanId: string | null;
                                scenarioId: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            sorties: {
                                arrivedAt: string | null;
                                change: "added" | "moved" | null;
                                departedAt: string | null;
                                destinationAirportId: string;
                                inForce: boolean;
                                manifest: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                    priority: 1 | 2 | 3;
                                }[];
                                offerId: string;
                                originAirportId: string;
                                partnerId: string;
                                planId: string;
                                planned: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                plannedDepartAt: string;
                                plannedPassengers: number;
                                reason: string | null;
                                replacesSortieId: string | null;
                                retiredReason: string | null;
                                seats: number;
                                sortieId: string;
                                state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    assemblyAreaId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assemblyAreaId: string;
                            /** Format: date-time */
                            at: string;
                            enteredBy: string | null;
                            id: number;
                            priority1: number;
                            priority2: number;
                            priority3: number;
                            source: "manual" | "csv";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assemblyAreaId: string;
                        /** Format: date-time */
                        at: string;
                        priority1: number;
                        priority2: number;
                        priority3: number;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assemblyAreaId: string;
                            /** Format: date-time */
                            at: string;
                            enteredBy: string | null;
                            id: number;
                            priority1: number;
                            priority2: number;
                            priority3: number;
                            source: "manual" | "csv";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/checkins/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    airportId?: string;
                    assemblyAreaId?: string;
                    kind?: "decision" | "report" | "partner_message" | "note";
                    limit?: string;
                    q?: string;
                    sortieId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            airportId: string | null;
                            assemblyAreaId: string | null;
                            /** Format: date-time */
                            at: string;
                            id: number;
                            kind: "decision" | "report" | "partner_message" | "note";
                            sortieId: string | null;
                            text: string;
                            username: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        airportId?: string;
                        assemblyAreaId?: string;
                        /** Format: date-time */
                        at?: string;
                        kind: "decision" | "report" | "partner_message" | "note";
                        sortieId?: string;
                        text: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            airportId: string | null;
                            assemblyAreaId: string | null;
                            /** Format: date-time */
                            at: string;
                            id: number;
                            kind: "decision" | "report" | "partner_message" | "note";
                            sortieId: string | null;
                            text: string;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/replan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        timeLimitSeconds?: number;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        arrivedAt: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/depart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        departedAt: string;
                        manifest: {
                            assemblyAreaId: string;
                            passengers: number;
                            priority: 1 | 2 | 3;
                        }[];
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/sorties/{sortieId}/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    sortieId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedAt: string | null;
                            change: "added" | "moved" | null;
                            departedAt: string | null;
                            destinationAirportId: string;
                            inForce: boolean;
                            manifest: {
                                assemblyAreaId: string;
                                passengers: number;
                                priority: 1 | 2 | 3;
                            }[];
                            offerId: string;
                            originAirportId: string;
                            partnerId: string;
                            planId: string;
                            planned: {
                                assemblyAreaId: string;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            plannedDepartAt: string;
                            plannedPassengers: number;
                            reason: string | null;
                            replacesSortieId: string | null;
                            retiredReason: string | null;
                            seats: number;
                            sortieId: string;
                            state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operations/{id}/task-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            labels: {
                                airports: {
                                    [key: string]: string;
                                };
                                areas: {
                                    [key: string]: string;
                                };
                                partners: {
                                    [key: string]: string;
                                };
                            };
                            operation: {
                                clockOffsetMs: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                name: string;
                                /** Format: date-time */
                                now: string;
                                planId: string;
                                proposalPlanId: string | null;
                                scenarioId: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            sorties: {
                                arrivedAt: string | null;
                                change: "added" | "moved" | null;
                                departedAt: string | null;
                                destinationAirportId: string;
                                inForce: boolean;
                                manifest: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                    priority: 1 | 2 | 3;
                                }[];
                                offerId: string;
                                originAirportId: string;
                                partnerId: string;
                                planId: string;
                                planned: {
                                    assemblyAreaId: string;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                plannedDepartAt: string;
                                plannedPassengers: number;
                                reason: string | null;
                                replacesSortieId: string | null;
                                retiredReason: string | null;
                                seats: number;
                                sortieId: string;
                                state: "planned" | "tasked" | "confirmed" | "declined" | "departed" | "arrived" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: ("sdf" | "foreign_military" | "civil")[];
                            id: string;
                            name: string;
                            nation: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories: ("sdf" | "foreign_military" | "civil")[];
                        id?: string;
                        name: string;
                        nation: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: ("sdf" | "foreign_military" | "civil")[];
                            id: string;
                            name: string;
                            nation: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: ("sdf" | "foreign_military" | "civil")[];
                            id: string;
                            name: string;
                            nation: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories?: ("sdf" | "foreign_military" | "civil")[];
                        name?: string;
                        nation?: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: ("sdf" | "foreign_military" | "civil")[];
                            id: string;
                            name: string;
                            nation: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/partners/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    planId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actual: {
                                japaneseCarried: number;
                                nationalsCarried: number;
                                operationId: string;
                                sortiesDeparted: number;
                            } | null;
                            given: {
                                accepted: number;
                                carried: number;
                                requested: number;
                                requests: {
                                    acceptedSeats: number | null;
                                    carried: number;
                                    id: string;
                                    seats: number;
                                    status: "submitted" | "accepted" | "declined" | "withdrawn";
                                }[];
                            };
                            name: string;
                            nation: string;
                            offered: {
                                offers: number;
                                seats: number;
                                sorties: number;
                            };
                            partnerId: string;
                            plan: {
                                id: string;
                                name: string;
                                status: string;
                                version: number;
                            } | null;
                            used: {
                                japaneseCarried: number;
                                seats: number;
                                sorties: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    scenarioId?: string;
                    status?: "draft" | "approved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            breaks: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            inputsChanged: boolean;
                            lastDepartureAt: string | null;
                            name: string;
                            peopleLeft: number;
                            peopleOut: number;
                            scenarioId: string;
                            sortieCount: number;
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violationCount: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    partnerId?: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    seatRequestId?: string;
                                }[];
                                countries: {
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                            };
                            metrics: {
                                byCountry: {
                                    country: string;
                                    evacuees: number;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    left: number;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                clearanceHours: number | null;
                                evacuees: number;
                                lastDepartureAt: string | null;
                                lastDepartureHourByPriority?: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                meanDepartureHourByPriority: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                peopleLeft: number;
                                peopleOut: number;
                                priorityInversions?: number;
                                priorityScore: number;
                                seatsOffered: number;
                                seatsUsed: number;
                                seatUse: number;
                                sorties: number;
                                sortiesByCategory: {
                                    civil: number;
                                    foreign_military: number;
                                    sdf: number;
                                };
                                sortiesByPartner: {
                                    name: string;
                                    partnerId: string;
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                            } | null;
                            name: string;
                            plannedOn: {
                                at: string | null;
                                basis: "saved" | "approved" | null;
                                breaks: boolean;
                                changed: boolean;
                                changes: {
                                    breaksPlan: boolean;
                                    /** @enum {unknown} */
                                    code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                    message: string;
                                    params: {
                                        [key: string]: string | number | boolean | null;
                                    };
                                }[];
                                /** Format: date-time */
                                checkedAt: string;
                                known: boolean;
                                moreChanges: number;
                                newViolations: number;
                            };
                            policy: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioId: string;
                            solve: unknown;
                            sorties: {
                                allocations: {
                                    assemblyAreaId: string;
                                    locked: boolean;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                id: string;
                                offerId: string;
                                originAirportId: string;
                            }[];
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violations: {
                                airportId?: string;
                                assemblyAreaId?: string;
                                message: string;
                                offerId?: string;
                                params?: {
                                    [key: string]: string | number | null;
                                };
                                /** @enum {unknown} */
                                rule: "access_denied" | "seats_exceeded" | "unknown_offer" | "offer_not_accepted" | "offer_sorties_exceeded" | "outside_availability" | "origin_not_eligible" | "destination_mismatch" | "turnaround_exceeded" | "unknown_airport" | "airport_closed" | "airport_in_hazard" | "departures_per_hour_exceeded" | "unknown_area" | "ground_other_country" | "ground_other_zone" | "ground_too_far" | "ground_hazard_crossing" | "ground_too_early" | "area_over_allocated" | "invalid_count" | "invalid_time" | "partner_not_on_japanese_lift" | "partner_outside_window" | "partner_seats_exceeded" | "seat_share_departure" | "seat_share_twice";
                                sortieId?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header: {
                    "if-match": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        sorties: {
                            allocations: {
                                assemblyAreaId: string;
                                locked: boolean;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            departAt: string;
                            destinationAirportId: string;
                            id?: string;
                            offerId: string;
                            originAirportId: string;
                        }[];
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    partnerId?: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    seatRequestId?: string;
                                }[];
                                countries: {
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                            };
                            metrics: {
                                byCountry: {
                                    country: string;
                                    evacuees: number;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    left: number;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                clearanceHours: number | null;
                                evacuees: number;
                                lastDepartureAt: string | null;
                                lastDepartureHourByPriority?: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                meanDepartureHourByPriority: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                peopleLeft: number;
                                peopleOut: number;
                                priorityInversions?: number;
                                priorityScore: number;
                                seatsOffered: number;
                                seatsUsed: number;
                                seatUse: number;
                                sorties: number;
                                sortiesByCategory: {
                                    civil: number;
                                    foreign_military: number;
                                    sdf: number;
                                };
                                sortiesByPartner: {
                                    name: string;
                                    partnerId: string;
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                            } | null;
                            name: string;
                            plannedOn: {
                                at: string | null;
                                basis: "saved" | "approved" | null;
                                breaks: boolean;
                                changed: boolean;
                                changes: {
                                    breaksPlan: boolean;
                                    /** @enum {unknown} */
                                    code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                    message: string;
                                    params: {
                                        [key: string]: string | number | boolean | null;
                                    };
                                }[];
                                /** Format: date-time */
                                checkedAt: string;
                                known: boolean;
                                moreChanges: number;
                                newViolations: number;
                            };
                            policy: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioId: string;
                            solve: unknown;
                            sorties: {
                                allocations: {
                                    assemblyAreaId: string;
                                    locked: boolean;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                id: string;
                                offerId: string;
                                originAirportId: string;
                            }[];
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violations: {
                                airportId?: string;
                                assemblyAreaId?: string;
                                message: string;
                                offerId?: string;
                                params?: {
                                    [key: string]: string | number | null;
                                };
                                /** @enum {unknown} */
                                rule: "access_denied" | "seats_exceeded" | "unknown_offer" | "offer_not_accepted" | "offer_sorties_exceeded" | "outside_availability" | "origin_not_eligible" | "destination_mismatch" | "turnaround_exceeded" | "unknown_airport" | "airport_closed" | "airport_in_hazard" | "departures_per_hour_exceeded" | "unknown_area" | "ground_other_country" | "ground_other_zone" | "ground_too_far" | "ground_hazard_crossing" | "ground_too_early" | "area_over_allocated" | "invalid_count" | "invalid_time" | "partner_not_on_japanese_lift" | "partner_outside_window" | "partner_seats_exceeded" | "seat_share_departure" | "seat_share_twice";
                                sortieId?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    partnerId?: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    seatRequestId?: string;
                                }[];
                                countries: {
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                            };
                            metrics: {
                                byCountry: {
                                    country: string;
                                    evacuees: number;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    left: number;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                clearanceHours: number | null;
                                evacuees: number;
                                lastDepartureAt: string | null;
                                lastDepartureHourByPriority?: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                meanDepartureHourByPriority: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                peopleLeft: number;
                                peopleOut: number;
                                priorityInversions?: number;
                                priorityScore: number;
                                seatsOffered: number;
                                seatsUsed: number;
                                seatUse: number;
                                sorties: number;
                                sortiesByCategory: {
                                    civil: number;
                                    foreign_military: number;
                                    sdf: number;
                                };
                                sortiesByPartner: {
                                    name: string;
                                    partnerId: string;
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                            } | null;
                            name: string;
                            plannedOn: {
                                at: string | null;
                                basis: "saved" | "approved" | null;
                                breaks: boolean;
                                changed: boolean;
                                changes: {
                                    breaksPlan: boolean;
                                    /** @enum {unknown} */
                                    code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                    message: string;
                                    params: {
                                        [key: string]: string | number | boolean | null;
                                    };
                                }[];
                                /** Format: date-time */
                                checkedAt: string;
                                known: boolean;
                                moreChanges: number;
                                newViolations: number;
                            };
                            policy: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioId: string;
                            solve: unknown;
                            sorties: {
                                allocations: {
                                    assemblyAreaId: string;
                                    locked: boolean;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                id: string;
                                offerId: string;
                                originAirportId: string;
                            }[];
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violations: {
                                airportId?: string;
                                assemblyAreaId?: string;
                                message: string;
                                offerId?: string;
                                params?: {
                                    [key: string]: string | number | null;
                                };
                                /** @enum {unknown} */
                                rule: "access_denied" | "seats_exceeded" | "unknown_offer" | "offer_not_accepted" | "offer_sorties_exceeded" | "outside_availability" | "origin_not_eligible" | "destination_mismatch" | "turnaround_exceeded" | "unknown_airport" | "airport_closed" | "airport_in_hazard" | "departures_per_hour_exceeded" | "unknown_area" | "ground_other_country" | "ground_other_zone" | "ground_too_far" | "ground_hazard_crossing" | "ground_too_early" | "area_over_allocated" | "invalid_count" | "invalid_time" | "partner_not_on_japanese_lift" | "partner_outside_window" | "partner_seats_exceeded" | "seat_share_departure" | "seat_share_twice";
                                sortieId?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    airport?: string;
                    lang?: "en" | "ja";
                    partner?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export.kml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.google-earth.kml+xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/optimize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from?: string;
                        timeLimitSeconds?: number;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    partnerId?: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    seatRequestId?: string;
                                }[];
                                countries: {
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                            };
                            metrics: {
                                byCountry: {
                                    country: string;
                                    evacuees: number;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    left: number;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                clearanceHours: number | null;
                                evacuees: number;
                                lastDepartureAt: string | null;
                                lastDepartureHourByPriority?: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                meanDepartureHourByPriority: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                peopleLeft: number;
                                peopleOut: number;
                                priorityInversions?: number;
                                priorityScore: number;
                                seatsOffered: number;
                                seatsUsed: number;
                                seatUse: number;
                                sorties: number;
                                sortiesByCategory: {
                                    civil: number;
                                    foreign_military: number;
                                    sdf: number;
                                };
                                sortiesByPartner: {
                                    name: string;
                                    partnerId: string;
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                            } | null;
                            name: string;
                            plannedOn: {
                                at: string | null;
                                basis: "saved" | "approved" | null;
                                breaks: boolean;
                                changed: boolean;
                                changes: {
                                    breaksPlan: boolean;
                                    /** @enum {unknown} */
                                    code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                    message: string;
                                    params: {
                                        [key: string]: string | number | boolean | null;
                                    };
                                }[];
                                /** Format: date-time */
                                checkedAt: string;
                                known: boolean;
                                moreChanges: number;
                                newViolations: number;
                            };
                            policy: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioId: string;
                            solve: unknown;
                            sorties: {
                                allocations: {
                                    assemblyAreaId: string;
                                    locked: boolean;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                id: string;
                                offerId: string;
                                originAirportId: string;
                            }[];
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violations: {
                                airportId?: string;
                                assemblyAreaId?: string;
                                message: string;
                                offerId?: string;
                                params?: {
                                    [key: string]: string | number | null;
                                };
                                /** @enum {unknown} */
                                rule: "access_denied" | "seats_exceeded" | "unknown_offer" | "offer_not_accepted" | "offer_sorties_exceeded" | "outside_availability" | "origin_not_eligible" | "destination_mismatch" | "turnaround_exceeded" | "unknown_airport" | "airport_closed" | "airport_in_hazard" | "departures_per_hour_exceeded" | "unknown_area" | "ground_other_country" | "ground_other_zone" | "ground_too_far" | "ground_hazard_crossing" | "ground_too_early" | "area_over_allocated" | "invalid_count" | "invalid_time" | "partner_not_on_japanese_lift" | "partner_outside_window" | "partner_seats_exceeded" | "seat_share_departure" | "seat_share_twice";
                                sortieId?: string;
                            }[];
                        };
                    };
                };
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                attempts: number;
                                cancelRequestedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                error: {
                                    code: string;
                                    details?: unknown;
                                    message: string;
                                    status: number;
                                } | null;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "plan" | "replan";
                                planId: string | null;
                                progress: {
                                    best?: number;
                                    bound?: number;
                                    elapsedSeconds: number;
                                    gap?: number;
                                    peopleOut?: number;
                                    phase: string;
                                } | null;
                                resultPlanId: string | null;
                                scenarioId: string;
                                startedAt: string | null;
                                state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    airport?: string;
                    partner?: string;
                };
                header?: {
                    "if-none-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callForward: {
                                assemblyAreaId: string;
                                country: string;
                                evacuees: number;
                                moves: {
                                    airportId: string;
                                    airportLabel: string;
                                    beforeStart: boolean;
                                    /** Format: date-time */
                                    departAt: string;
                                    groundIssue: string | null;
                                    km: number;
                                    /** Format: date-time */
                                    moveAt: string;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    passengers: number;
                                    sorties: number;
                                    travelHours: number;
                                }[];
                                name: string;
                                planned: number;
                                zone: string;
                            }[] | null;
                            departures: {
                                airportId: string;
                                country: string;
                                departuresPerHour: number;
                                hours: {
                                    destinations: string[];
                                    /** Format: date-time */
                                    hourStart: string;
                                    overCapacity: boolean;
                                    partners: string[];
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                                label: string;
                                mode: "air" | "sea";
                                name: string;
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                passengers: number;
                                seats: number;
                                sorties: number;
                            }[] | null;
                            header: {
                                airportId: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                countries: {
                                    code: string;
                                    name: string;
                                }[];
                                draft: boolean;
                                horizonHours: number;
                                partnerId: string | null;
                                planId: string;
                                planName: string;
                                plannedOn: {
                                    at: string | null;
                                    basis: "saved" | "approved" | null;
                                    breaks: boolean;
                                    changed: boolean;
                                    changes: {
                                        breaksPlan: boolean;
                                        /** @enum {unknown} */
                                        code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                        id: string;
                                        /** @enum {unknown} */
                                        kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                        message: string;
                                        params: {
                                            [key: string]: string | number | boolean | null;
                                        };
                                    }[];
                                    /** Format: date-time */
                                    checkedAt: string;
                                    known: boolean;
                                    moreChanges: number;
                                    newViolations: number;
                                };
                                policy?: {
                                    order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                    preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                    weights: {
                                        peopleOut: {
                                            p1: number;
                                            p2: number;
                                            p3: number;
                                        };
                                        waitingHour: {
                                            p1: number;
                                            p2: number;
                                            p3: number;
                                        };
                                    };
                                } | null;
                                /** Format: date-time */
                                printedAt: string;
                                printedBy: string;
                                scenarioId: string;
                                scenarioName: string;
                                /** Format: date-time */
                                scenarioStartsAt: string;
                                status: "draft" | "approved";
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                variant: "full" | "airport" | "partner";
                                version: number;
                                violations: number;
                            };
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    binding: string;
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                                countries: {
                                    binding: string;
                                    country: string;
                                    left: number;
                                    name: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                                left: number;
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                source: "plan" | "recomputed";
                                unlisted: {
                                    areas: number;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            map: {
                                airports: {
                                    id: string;
                                    label: string;
                                    lat: number;
                                    lon: number;
                                    passengers: number;
                                    sdfDenied: boolean;
                                    sorties: number;
                                    state: "open" | "closed" | "hazard";
                                }[];
                                areas: {
                                    evacuees: number;
                                    id: string;
                                    lat: number;
                                    lon: number;
                                    name: string;
                                    planned: number;
                                    share: number;
                                }[];
                                bounds: [
                                    [
                                        number,
                                        number
                                    ],
                                    [
                                        number,
                                        number
                                    ]
                                ];
                                hazards: {
                                    geometry: {
                                        coordinates: [
                                            number,
                                            number
                                        ][][];
                                        /** @enum {string} */
                                        type: "Polygon";
                                    };
                                    id: string;
                                    name: string;
                                }[];
                                legs: {
                                    airportId: string;
                                    areaId: string;
                                    from: [
                                        number,
                                        number
                                    ];
                                    passengers: number;
                                    to: [
                                        number,
                                        number
                                    ];
                                }[];
                                theatre: string[];
                            };
                            restrictions: {
                                accessRules: {
                                    category: "sdf" | "foreign_military" | "civil";
                                    effect: "deny" | "allow";
                                    id: string;
                                    nation: string | null;
                                    nationLabel: string | null;
                                    reason: string;
                                    scope: "country" | "airport";
                                    scopeId: string;
                                    scopeLabel: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                closedAirports: {
                                    airportId: string;
                                    country: string;
                                    label: string;
                                    name: string;
                                    reason: string;
                                }[];
                                ground: {
                                    groundSpeedKmh: number;
                                    maxGroundKm: number;
                                    processingHours: number;
                                    roadFactor: number;
                                };
                                hazardZones: {
                                    airportsInside: string[];
                                    areasInside: string[];
                                    id: string;
                                    name: string;
                                }[];
                            } | null;
                            tasking: {
                                firstDepartureAt: string | null;
                                lastDepartureAt: string | null;
                                name: string;
                                nation: string | null;
                                offers: {
                                    aircraftType: string;
                                    offered: number;
                                    offerId: string;
                                    planned: number;
                                }[];
                                partnerId: string;
                                passengers: number;
                                seats: number;
                                sortieRows: {
                                    aircraftType: string;
                                    areas: {
                                        assemblyAreaId: string;
                                        name: string;
                                        passengers: number;
                                    }[];
                                    category: ("sdf" | "foreign_military" | "civil") | null;
                                    /** Format: date-time */
                                    departAt: string;
                                    destinationId: string;
                                    destinationLabel: string;
                                    mode: "air" | "sea";
                                    next: {
                                        /** Format: date-time */
                                        departAt: string;
                                        originLabel: string;
                                    } | null;
                                    offerId: string;
                                    originId: string;
                                    originLabel: string;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    passengers: number;
                                    seats: number;
                                    sortieId: string;
                                    tail: number | null;
                                }[];
                                sorties: number;
                            }[];
                            totals: {
                                all: {
                                    evacuees: number | null;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    } | null;
                                    left: number | null;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                                byCountry: {
                                    country: string;
                                    evacuees: number | null;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    } | null;
                                    left: number | null;
                                    name: string;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                byPriority?: {
                                    inversions: number;
                                    lastHour: {
                                        p1: number | null;
                                        p2: number | null;
                                        p3: number | null;
                                    };
                                    meanHour: {
                                        p1: number | null;
                                        p2: number | null;
                                        p3: number | null;
                                    };
                                };
                                clearanceHours: number | null;
                                firstDepartureAt: string | null;
                                lastDepartureAt: string | null;
                                passengers: number;
                                scope: "plan" | "selection";
                                seats: number;
                                sorties: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessRules: {
                                category: "sdf" | "foreign_military" | "civil";
                                effect: "deny" | "allow";
                                id: string;
                                nation: string | null;
                                reason: string;
                                scope: "country" | "airport";
                                scopeId: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            airportStatus: {
                                [key: string]: "open" | "closed";
                            };
                            countries: string[];
                            description: string;
                            ground: {
                                groundSpeedKmh: number;
                                maxGroundKm: number;
                                processingHours: number;
                                roadFactor: number;
                            };
                            hazardZones: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                id: string;
                                name: string;
                            }[];
                            horizonHours: number;
                            id: string;
                            name: string;
                            policy?: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            };
                            /** Format: date-time */
                            startsAt: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessRules?: {
                            category: "sdf" | "foreign_military" | "civil";
                            effect: "deny" | "allow";
                            id?: string;
                            nation?: string | null;
                            reason: string;
                            scope: "country" | "airport";
                            scopeId: string;
                            validFrom?: string | null;
                            validTo?: string | null;
                        }[];
                        airportStatus?: {
                            [key: string]: "open" | "closed";
                        };
                        countries: string[];
                        description?: string;
                        ground?: {
                            groundSpeedKmh: number;
                            maxGroundKm: number;
                            processingHours: number;
                            roadFactor: number;
                        };
                        hazardZones?: {
                            geometry: {
                                coordinates: [
                                    number,
                                    number
                                ][][];
                                /** @enum {string} */
                                type: "Polygon";
                            };
                            id?: string;
                            name: string;
                        }[];
                        horizonHours?: number;
                        id?: string;
                        name: string;
                        policy?: {
                            order?: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                            preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                            weights?: {
                                peopleOut: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                waitingHour: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                            };
                        };
                        /** Format: date-time */
                        startsAt: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessRules: {
                                category: "sdf" | "foreign_military" | "civil";
                                effect: "deny" | "allow";
                                id: string;
                                nation: string | null;
                                reason: string;
                                scope: "country" | "airport";
                                scopeId: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            airportStatus: {
                                [key: string]: "open" | "closed";
                            };
                            countries: string[];
                            description: string;
                            ground: {
                                groundSpeedKmh: number;
                                maxGroundKm: number;
                                processingHours: number;
                                roadFactor: number;
                            };
                            hazardZones: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                id: string;
                                name: string;
                            }[];
                            horizonHours: number;
                            id: string;
                            name: string;
                            policy?: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            };
                            /** Format: date-time */
                            startsAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessRules: {
                                category: "sdf" | "foreign_military" | "civil";
                                effect: "deny" | "allow";
                                id: string;
                                nation: string | null;
                                reason: string;
                                scope: "country" | "airport";
                                scopeId: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            airportStatus: {
                                [key: string]: "open" | "closed";
                            };
                            countries: string[];
                            description: string;
                            ground: {
                                groundSpeedKmh: number;
                                maxGroundKm: number;
                                processingHours: number;
                                roadFactor: number;
                            };
                            hazardZones: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                id: string;
                                name: string;
                            }[];
                            horizonHours: number;
                            id: string;
                            name: string;
                            policy?: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            };
                            /** Format: date-time */
                            startsAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        airportStatus?: {
                            [key: string]: "open" | "closed";
                        };
                        countries?: string[];
                        description?: string;
                        ground?: {
                            groundSpeedKmh: number;
                            maxGroundKm: number;
                            processingHours: number;
                            roadFactor: number;
                        };
                        hazardZones?: {
                            geometry: {
                                coordinates: [
                                    number,
                                    number
                                ][][];
                                /** @enum {string} */
                                type: "Polygon";
                            };
                            id?: string;
                            name: string;
                        }[];
                        horizonHours?: number;
                        name?: string;
                        policy?: {
                            order?: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                            preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                            weights?: {
                                peopleOut: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                waitingHour: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                            };
                        };
                        /** Format: date-time */
                        startsAt?: string;
                        version: number;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessRules: {
                                category: "sdf" | "foreign_military" | "civil";
                                effect: "deny" | "allow";
                                id: string;
                                nation: string | null;
                                reason: string;
                                scope: "country" | "airport";
                                scopeId: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            airportStatus: {
                                [key: string]: "open" | "closed";
                            };
                            countries: string[];
                            description: string;
                            ground: {
                                groundSpeedKmh: number;
                                maxGroundKm: number;
                                processingHours: number;
                                roadFactor: number;
                            };
                            hazardZones: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                id: string;
                                name: string;
                            }[];
                            horizonHours: number;
                            id: string;
                            name: string;
                            policy?: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            };
                            /** Format: date-time */
                            startsAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/scenarios/{id}/access-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: "sdf" | "foreign_military" | "civil";
                            effect: "deny" | "allow";
                            id: string;
                            nation: string | null;
                            reason: string;
                            scope: "country" | "airport";
                            scopeId: string;
                            validFrom: string | null;
                            validTo: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: "sdf" | "foreign_military" | "civil";
                        effect: "deny" | "allow";
                        id?: string;
                        nation?: string | null;
                        reason: string;
                        scope: "country" | "airport";
                        scopeId: string;
                        validFrom?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: "sdf" | "foreign_military" | "civil";
                            effect: "deny" | "allow";
                            id: string;
                            nation: string | null;
                            reason: string;
                            scope: "country" | "airport";
                            scopeId: string;
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/access-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    ruleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessRules: {
                                category: "sdf" | "foreign_military" | "civil";
                                effect: "deny" | "allow";
                                id: string;
                                nation: string | null;
                                reason: string;
                                scope: "country" | "airport";
                                scopeId: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            airportStatus: {
                                [key: string]: "open" | "closed";
                            };
                            countries: string[];
                            description: string;
                            ground: {
                                groundSpeedKmh: number;
                                maxGroundKm: number;
                                processingHours: number;
                                roadFactor: number;
                            };
                            hazardZones: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                id: string;
                                name: string;
                            }[];
                            horizonHours: number;
                            id: string;
                            name: string;
                            policy?: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            };
                            /** Format: date-time */
                            startsAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/export.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    layers?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/export.kml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    layers?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.google-earth.kml+xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        sorties?: {
                            allocations: {
                                assemblyAreaId: string;
                                locked: boolean;
                                passengers: number;
                            }[];
                            /** Format: date-time */
                            departAt: string;
                            destinationAirportId: string;
                            id?: string;
                            offerId: string;
                            originAirportId: string;
                        }[];
                        timeLimitSeconds?: number;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            leftBehind: {
                                areas: {
                                    assemblyAreaId: string;
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    leftByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    name: string;
                                    partnerId?: string;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    seatRequestId?: string;
                                }[];
                                countries: {
                                    /** @enum {unknown} */
                                    binding: "no_reachable_airport" | "access_denied" | "no_offer" | "no_offer_in_time" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "not_planned" | "outside_window";
                                    country: string;
                                    left: number;
                                    reason: string;
                                    /** @enum {unknown} */
                                    reasonCode: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                    reasonNotes: {
                                        /** @enum {unknown} */
                                        code: "outside_window" | "no_airport_in_zone" | "road_hazard" | "airport_closed" | "airport_in_hazard" | "out_of_reach" | "no_airport_within_km" | "offer_denied" | "no_offer_in_time" | "no_offer" | "lift_exhausted" | "departure_slots" | "aircraft_cycles" | "country_areas";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    reasonParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                    remedy: string;
                                    remedyAlternatives: {
                                        /** @enum {unknown} */
                                        code: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                        params: {
                                            aircraft?: {
                                                aircraftCount: number;
                                                aircraftType: string;
                                                offerId: string;
                                                sorties: number;
                                                turnaroundHours: number;
                                                used: number;
                                            }[];
                                            aircraftType?: string;
                                            airport?: string;
                                            airportId?: string;
                                            airports?: string[];
                                            areas?: number;
                                            category?: "sdf" | "foreign_military" | "civil";
                                            /** Format: date-time */
                                            from?: string;
                                            hazard?: string | null;
                                            horizonHours?: number;
                                            hours?: number;
                                            km?: number;
                                            largest?: string;
                                            moreAirports?: number;
                                            offerId?: string;
                                            offers?: number;
                                            perHour?: number;
                                            ruleId?: string;
                                            ruleReason?: string;
                                            seats?: number;
                                            sorties?: number;
                                            /** Format: date-time */
                                            to?: string;
                                            zone?: string;
                                        };
                                    }[];
                                    /** @enum {unknown} */
                                    remedyCode: "later_window" | "sea_or_helicopter" | "reopen_airport" | "nearer_airport" | "more_sorties" | "accept_offer" | "more_departures" | "more_aircraft";
                                    remedyParams: {
                                        aircraft?: {
                                            aircraftCount: number;
                                            aircraftType: string;
                                            offerId: string;
                                            sorties: number;
                                            turnaroundHours: number;
                                            used: number;
                                        }[];
                                        aircraftType?: string;
                                        airport?: string;
                                        airportId?: string;
                                        airports?: string[];
                                        areas?: number;
                                        category?: "sdf" | "foreign_military" | "civil";
                                        /** Format: date-time */
                                        from?: string;
                                        hazard?: string | null;
                                        horizonHours?: number;
                                        hours?: number;
                                        km?: number;
                                        largest?: string;
                                        moreAirports?: number;
                                        offerId?: string;
                                        offers?: number;
                                        perHour?: number;
                                        ruleId?: string;
                                        ruleReason?: string;
                                        seats?: number;
                                        sorties?: number;
                                        /** Format: date-time */
                                        to?: string;
                                        zone?: string;
                                    };
                                }[];
                            };
                            metrics: {
                                byCountry: {
                                    country: string;
                                    evacuees: number;
                                    evacueesByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    left: number;
                                    out: number;
                                    outByPriority: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                }[];
                                clearanceHours: number | null;
                                evacuees: number;
                                lastDepartureAt: string | null;
                                lastDepartureHourByPriority?: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                leftByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                meanDepartureHourByPriority: {
                                    p1: number | null;
                                    p2: number | null;
                                    p3: number | null;
                                };
                                outByPriority: {
                                    p1: number;
                                    p2: number;
                                    p3: number;
                                };
                                peopleLeft: number;
                                peopleOut: number;
                                priorityInversions?: number;
                                priorityScore: number;
                                seatsOffered: number;
                                seatsUsed: number;
                                seatUse: number;
                                sorties: number;
                                sortiesByCategory: {
                                    civil: number;
                                    foreign_military: number;
                                    sdf: number;
                                };
                                sortiesByPartner: {
                                    name: string;
                                    partnerId: string;
                                    passengers: number;
                                    seats: number;
                                    sorties: number;
                                }[];
                            } | null;
                            name: string;
                            plannedOn: {
                                at: string | null;
                                basis: "saved" | "approved" | null;
                                breaks: boolean;
                                changed: boolean;
                                changes: {
                                    breaksPlan: boolean;
                                    /** @enum {unknown} */
                                    code: "scenario_changed" | "offer_added" | "offer_removed" | "offer_status_changed" | "offer_edited" | "rule_added" | "rule_removed" | "rule_changed" | "airport_added" | "airport_removed" | "airport_status_changed" | "airport_changed" | "area_added" | "area_removed" | "area_count_changed" | "area_changed" | "hazard_added" | "hazard_removed" | "hazard_changed";
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "scenario" | "offer" | "rule" | "airport" | "area" | "hazard";
                                    message: string;
                                    params: {
                                        [key: string]: string | number | boolean | null;
                                    };
                                }[];
                                /** Format: date-time */
                                checkedAt: string;
                                known: boolean;
                                moreChanges: number;
                                newViolations: number;
                            };
                            policy: {
                                order: ("peopleOut" | "earliness" | "clearance" | "groundTravel" | "sorties")[];
                                preset: "most_vulnerable_first" | "most_people_out" | "clear_fastest" | "custom";
                                weights: {
                                    peopleOut: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                    waitingHour: {
                                        p1: number;
                                        p2: number;
                                        p3: number;
                                    };
                                };
                            } | null;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioId: string;
                            solve: unknown;
                            sorties: {
                                allocations: {
                                    assemblyAreaId: string;
                                    locked: boolean;
                                    passengers: number;
                                }[];
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                id: string;
                                offerId: string;
                                originAirportId: string;
                            }[];
                            status: "draft" | "approved";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            violations: {
                                airportId?: string;
                                assemblyAreaId?: string;
                                message: string;
                                offerId?: string;
                                params?: {
                                    [key: string]: string | number | null;
                                };
                                /** @enum {unknown} */
                                rule: "access_denied" | "seats_exceeded" | "unknown_offer" | "offer_not_accepted" | "offer_sorties_exceeded" | "outside_availability" | "origin_not_eligible" | "destination_mismatch" | "turnaround_exceeded" | "unknown_airport" | "airport_closed" | "airport_in_hazard" | "departures_per_hour_exceeded" | "unknown_area" | "ground_other_country" | "ground_other_zone" | "ground_too_far" | "ground_hazard_crossing" | "ground_too_early" | "area_over_allocated" | "invalid_count" | "invalid_time" | "partner_not_on_japanese_lift" | "partner_outside_window" | "partner_seats_exceeded" | "seat_share_departure" | "seat_share_twice";
                                sortieId?: string;
                            }[];
                        };
                    };
                };
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                attempts: number;
                                cancelRequestedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                error: {
                                    code: string;
                                    details?: unknown;
                                    message: string;
                                    status: number;
                                } | null;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "plan" | "replan";
                                planId: string | null;
                                progress: {
                                    best?: number;
                                    bound?: number;
                                    elapsedSeconds: number;
                                    gap?: number;
                                    peopleOut?: number;
                                    phase: string;
                                } | null;
                                resultPlanId: string | null;
                                scenarioId: string;
                                startedAt: string | null;
                                state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seat-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    partnerId?: string;
                    status?: "submitted" | "accepted" | "declined" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedSeats: number | null;
                            decisionNote: string | null;
                            id: string;
                            note: string | null;
                            partnerId: string;
                            places: {
                                id: string;
                                kind: "area" | "airport";
                                seats: number;
                            }[];
                            priority1: number;
                            priority2: number;
                            seats: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            version: number;
                            /** Format: date-time */
                            windowFrom: string;
                            /** Format: date-time */
                            windowTo: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        note?: string | null;
                        partnerId?: string;
                        places: {
                            id: string;
                            kind: "area" | "airport";
                            seats: number;
                        }[];
                        priority1?: number;
                        priority2?: number;
                        /** Format: date-time */
                        windowFrom: string;
                        /** Format: date-time */
                        windowTo: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedSeats: number | null;
                            decisionNote: string | null;
                            id: string;
                            note: string | null;
                            partnerId: string;
                            places: {
                                id: string;
                                kind: "area" | "airport";
                                seats: number;
                            }[];
                            priority1: number;
                            priority2: number;
                            seats: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            version: number;
                            /** Format: date-time */
                            windowFrom: string;
                            /** Format: date-time */
                            windowTo: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seat-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedSeats: number | null;
                            decisionNote: string | null;
                            id: string;
                            note: string | null;
                            partnerId: string;
                            places: {
                                id: string;
                                kind: "area" | "airport";
                                seats: number;
                            }[];
                            priority1: number;
                            priority2: number;
                            seats: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            version: number;
                            /** Format: date-time */
                            windowFrom: string;
                            /** Format: date-time */
                            windowTo: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        places?: {
                            id: string;
                            kind: "area" | "airport";
                            seats: number;
                        }[];
                        priority1?: number;
                        priority2?: number;
                        /** @enum {string} */
                        status?: "withdrawn";
                        /** Format: date-time */
                        windowFrom?: string;
                        /** Format: date-time */
                        windowTo?: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedSeats: number | null;
                            decisionNote: string | null;
                            id: string;
                            note: string | null;
                            partnerId: string;
                            places: {
                                id: string;
                                kind: "area" | "airport";
                                seats: number;
                            }[];
                            priority1: number;
                            priority2: number;
                            seats: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            version: number;
                            /** Format: date-time */
                            windowFrom: string;
                            /** Format: date-time */
                            windowTo: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/seat-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptedSeats: number;
                        note?: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedSeats: number | null;
                            decisionNote: string | null;
                            id: string;
                            note: string | null;
                            partnerId: string;
                            places: {
                                id: string;
                                kind: "area" | "airport";
                                seats: number;
                            }[];
                            priority1: number;
                            priority2: number;
                            seats: number;
                            status: "submitted" | "accepted" | "declined" | "withdrawn";
                            version: number;
                            /** Format: date-time */
                            windowFrom: string;
                            /** Format: date-time */
                            windowTo: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: {
                                partnerId: string | null;
                                role: "planner" | "liaison" | "reader";
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: {
                                partnerId: string | null;
                                role: "planner" | "liaison" | "reader";
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            language: ("en" | "ja") | null;
                            timeZone: ("utc" | "jst" | "local") | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        language?: ("en" | "ja") | null;
                        timeZone?: ("utc" | "jst" | "local") | null;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            language: ("en" | "ja") | null;
                            timeZone: ("utc" | "jst" | "local") | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoAccounts: {
                                password: string;
                                role: "planner" | "liaison" | "reader";
                                username: string;
                            }[];
                            firstRun: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: {
                                partnerId: string | null;
                                role: "planner" | "liaison" | "reader";
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    partnerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            breaks: boolean;
                            inputsChanged: boolean;
                            planId: string;
                            planName: string;
                            rotations: {
                                aircraftCount: number;
                                aircraftType: string | null;
                                offerId: string;
                                tails: {
                                    legs: {
                                        /** Format: date-time */
                                        departAt: string;
                                        destinationAirportId: string;
                                        originAirportId: string;
                                        /** Format: date-time */
                                        readyAgainAt: string;
                                        sortieId: string;
                                    }[];
                                    tail: number;
                                }[];
                                turnaroundHours: number;
                                unassigned: {
                                    reason: "unknown_offer" | "invalid_time" | "no_free_aircraft";
                                    sortieId: string;
                                }[];
                            }[];
                            scenarioName: string;
                            sorties: {
                                aircraftType: string;
                                /** Format: date-time */
                                departAt: string;
                                destinationAirportId: string;
                                offerId: string;
                                originAirportId: string;
                                partnerId: string;
                                passengers: number;
                                sortieId: string;
                                tail: number | null;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        Link?: string;
                        "X-Next-Cursor"?: string;
                        "X-Total-Count"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            partnerId: string | null;
                            passwordChangedAt: string | null;
                            role: "planner" | "liaison" | "reader";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        partnerId?: string | null;
                        password: string;
                        role: "planner" | "liaison" | "reader";
                        username: string;
                    };
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            partnerId: string | null;
                            passwordChangedAt: string | null;
                            role: "planner" | "liaison" | "reader";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            partnerId: string | null;
                            passwordChangedAt: string | null;
                            role: "planner" | "liaison" | "reader";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        partnerId?: string | null;
                        role?: "planner" | "liaison" | "reader";
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            partnerId: string | null;
                            passwordChangedAt: string | null;
                            role: "planner" | "liaison" | "reader";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            partnerId: string | null;
                            passwordChangedAt: string | null;
                            role: "planner" | "liaison" | "reader";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "ja";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
