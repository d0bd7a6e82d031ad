export default function LandingPage() {
  const features = [
    ['Branded portal on your own subdomain', 'Clients sign in at your-company.example.com and see your name, not ours.'],
    ['Share exactly what you choose', 'Every milestone, task, update, document and comment has a Show on Portal? switch.'],
    ['Security levels', 'Basic, Advanced and Manager users see their own work, their company’s, or manage logins.'],
    ['View as client', 'Preview the portal as any contact in a separate, read-only session.'],
  ];
  return (
    <main className="mx-auto max-w-4xl px-6 py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Client Portal</p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight">Give every customer a portal of their own.</h1>
      <p className="mt-4 max-w-2xl text-lg text-zinc-600">
        For MSPs, agencies and field-service companies: tickets, projects, documents, invoices and articles — shared with
        each client on your own subdomain, only what you choose.
      </p>
      <ul className="mt-12 grid gap-6 sm:grid-cols-2">
        {features.map(([title, text]) => (
          <li key={title} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-zinc-600">{text}</p>
          </li>
        ))}
      </ul>
      <p className="mt-12 text-sm text-zinc-500">
        Already a customer? Sign in on your provider’s address, for example <code>acme.localhost:3000</code>.
      </p>
    </main>
  );
}
