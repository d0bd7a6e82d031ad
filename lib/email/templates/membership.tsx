import { Button, Text } from '@react-email/components';
import { EmailLayout, OnBehalfLine, buttonStyle, type OnBehalfOf } from './layout';

export function MembershipEmail({
  tenantName,
  firstName,
  what,
  name,
  url,
  onBehalfOf = null,
}: {
  tenantName: string;
  firstName: string;
  what: 'project' | 'ticket';
  name: string;
  url: string;
  onBehalfOf?: OnBehalfOf;
}) {
  const heading = `You've been added to the ${what} ${name}`;
  return (
    <EmailLayout preview={heading} heading={heading} tenantName={tenantName}>
      <OnBehalfLine onBehalfOf={onBehalfOf} />
      <Text>Hello {firstName},</Text>
      <Text>
        {tenantName} added {onBehalfOf ? onBehalfOf.name : 'you'} to the {what} <strong>{name}</strong>. You can follow it in the {tenantName} Customer Portal.
      </Text>
      <Button href={url} style={buttonStyle}>
        Open the {what}
      </Button>
    </EmailLayout>
  );
}

export function TeamMessageEmail({ tenantName, from, project, message }: { tenantName: string; from: string; project: string; message: string }) {
  const heading = `${from} wrote to the ${project} team`;
  return (
    <EmailLayout preview={heading} heading={heading} tenantName={tenantName}>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{message}</Text>
      <Text style={{ color: '#71717a' }}>Sent from the {tenantName} Customer Portal.</Text>
    </EmailLayout>
  );
}
