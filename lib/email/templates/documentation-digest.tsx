import { Link, Section, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type DigestLine = { name: string; kind: 'warranty' | 'license'; company: string; endsOn: string; when: string; url: string };

export function documentationDigestSubject(tenantName: string, count: number) {
  return `${count} warrant${count === 1 ? 'y or license expires' : 'ies and licenses expire'} soon — ${tenantName}`;
}

/** The weekly digest for staff who may view documentation: what ends within 60 days (and what ended this past week). */
export function DocumentationDigestEmail({ tenantName, name, lines, days }: { tenantName: string; name: string; lines: DigestLine[]; days: number }) {
  const subject = documentationDigestSubject(tenantName, lines.length);
  return (
    <EmailLayout preview={subject} heading="Expiring warranties and licenses" tenantName={tenantName}>
      <Text>Hello {name},</Text>
      <Text>These warranties and software licenses of your clients end within the next {days} days or ended in the past week:</Text>
      <Section>
        {lines.map((l) => (
          <Text key={`${l.url}:${l.name}:${l.endsOn}`} style={{ margin: '0 0 8px' }}>
            <Link href={l.url}>{l.name}</Link> · {l.kind === 'warranty' ? 'Warranty' : 'Software license'} · {l.company}
            <br />
            <span style={{ color: '#92400e' }}>
              {l.endsOn}: {l.when}
            </span>
          </Text>
        ))}
      </Section>
      <Text style={{ color: '#71717a' }}>You receive this weekly digest because you may view documentation on file.</Text>
    </EmailLayout>
  );
}
