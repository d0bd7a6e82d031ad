import type { ReactNode } from 'react';
import { Body, Container, Head, Heading, Hr, Html, Preview, Text } from '@react-email/components';

export function EmailLayout({ preview, heading, tenantName, children }: { preview: string; heading: string; tenantName: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f4f5', fontFamily: 'Helvetica, Arial, sans-serif', padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', borderRadius: 8, padding: 32, maxWidth: 560 }}>
          <Heading as="h1" style={{ fontSize: 20, color: '#18181b' }}>
            {heading}
          </Heading>
          {children}
          <Hr />
          <Text style={{ color: '#71717a', fontSize: 12 }}>{tenantName} · sent by Client Portal</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: '#1d4ed8',
  color: '#ffffff',
  borderRadius: 6,
  padding: '12px 20px',
  fontWeight: 600,
  textDecoration: 'none',
} as const;

/** An e-mail for someone who is out of office, sent to their delegate instead. */
export type OnBehalfOf = { name: string; until: string } | null;

export function OnBehalfLine({ onBehalfOf }: { onBehalfOf: OnBehalfOf }) {
  if (!onBehalfOf) return null;
  return (
    <Text style={{ backgroundColor: '#fef3c7', padding: '8px 12px', borderRadius: 6 }}>
      You receive this e-mail on behalf of {onBehalfOf.name}, who is out of office until {onBehalfOf.until}.
    </Text>
  );
}
