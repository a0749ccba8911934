import { z } from "zod";

/**
 * The headline fields of an evals `report.json`, as the stages after evals read them (the classifier's minimum
 * accuracy check, the pipeline summary). The full report is validated by the evals package's own schema.
 */
export const reportSummarySchema = z.looseObject({
  name: z.string(),
  metrics: z.looseObject({ accuracy: z.number(), macroF1: z.number(), count: z.number().int(), ece: z.number().nullable() }),
  latency: z.looseObject({ meanUs: z.number(), p99Us: z.number() }),
  modelBytes: z.number().nullable(),
  parts: z.record(z.string(), z.object({ count: z.number(), accuracy: z.number(), ece: z.number().nullable() })).optional(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
