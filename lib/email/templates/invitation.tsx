import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function invitationSubject(tenantName: string) {
  return `You've been invited to the ${tenantName} Customer Portal`;
}

export function InvitationEmail({ tenantName, firstName, url, logonName, hours }: { tenantName: string; firstName: string; url: string; logonName: string; hours: number }) {
  return (
    <EmailLayout preview={invitationSubject(tenantName)} heading={invitationSubject(tenantName)} tenantName={tenantName}>
      <Text>Hello {firstName},</Text>
      <Text>
        {tenantName} has given you access to its Customer Portal, where you can follow your tickets and projects. Your logon
        name is <strong>{logonName}</strong>. Choose your password with the link below.
      </Text>
      <Button href={url} style={buttonStyle}>
        Set Password
      </Button>
      <Text style={{ color: '#71717a' }}>The link works once and expires in {hours === 1 ? '1 hour' : `${hours} hours`}.</Text>
    </EmailLayout>
  );
}
