export default function PreviewEndedPage() {
  return (
    <main className="mx-auto max-w-md space-y-3 p-8 text-center">
      <h1 className="text-xl font-semibold">Preview ended</h1>
      <p className="text-zinc-600">You can close this tab. Your admin session is unchanged.</p>
    </main>
  );
}
