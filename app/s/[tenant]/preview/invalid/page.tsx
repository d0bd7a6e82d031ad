export default function PreviewInvalidPage() {
  return (
    <main className="mx-auto max-w-md space-y-3 p-8 text-center">
      <h1 className="text-xl font-semibold">Preview link not valid</h1>
      <p role="alert" className="text-zinc-600">
        This preview link has expired or was already used. Start the preview again from the admin section.
      </p>
    </main>
  );
}
