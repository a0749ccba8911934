import type { FakeContext, FakeRoute } from "./fake-context.js";
import { cursorPage, FakeHttpError } from "./fake-http.js";

const PURPOSES = new Set(["fine-tune", "evals", "batch", "assistants", "user_data", "vision"]);

/** POST /files (multipart), GET /files, GET /files/{id}, GET /files/{id}/content, DELETE /files/{id}. */
export function fileRoutes(context: FakeContext): FakeRoute[] {
  return [
    {
      method: "POST",
      pattern: /^\/files$/,
      handle: async ({ body, contentType }) => {
        if (!contentType.startsWith("multipart/form-data")) throw new FakeHttpError({ status: 400, message: "files must be uploaded as multipart/form-data" });
        const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": contentType }, body }).formData();
        const upload = form.get("file");
        const purpose = form.get("purpose");
        if (!(upload instanceof Blob)) throw new FakeHttpError({ status: 400, message: "missing required parameter: 'file'" });
        if (typeof purpose !== "string" || !PURPOSES.has(purpose)) throw new FakeHttpError({ status: 400, message: `invalid purpose: ${String(purpose)}` });
        const bytes = Buffer.from(await upload.arrayBuffer());
        const filename = "name" in upload && typeof upload.name === "string" ? upload.name : "upload";
        if ((purpose === "fine-tune" || purpose === "batch" || purpose === "evals") && !filename.endsWith(".jsonl")) {
          throw new FakeHttpError({ status: 400, message: `Invalid file format for ${purpose}. Must be .jsonl` });
        }
        return { json: context.fileObject(context.addFile({ filename, purpose, bytes })) };
      },
    },
    {
      method: "GET",
      pattern: /^\/files$/,
      handle: ({ query }) => ({
        json: cursorPage(
          [...context.files.values()].map((file) => context.fileObject(file) as { id: string }),
          query,
          10_000,
        ),
      }),
    },
    { method: "GET", pattern: /^\/files\/([^/]+)$/, handle: ({ params }) => ({ json: context.fileObject(context.requireFile(params[0] as string)) }) },
    { method: "GET", pattern: /^\/files\/([^/]+)\/content$/, handle: ({ params }) => ({ bytes: context.requireFile(params[0] as string).bytes }) },
    {
      method: "DELETE",
      pattern: /^\/files\/([^/]+)$/,
      handle: ({ params }) => {
        const file = context.requireFile(params[0] as string);
        context.files.delete(file.id);
        return { json: { id: file.id, object: "file", deleted: true } };
      },
    },
  ];
}
