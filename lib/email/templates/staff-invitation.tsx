import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function staffInvitationSubject(tenantName: string) {
  return `You've been invited to the ${tenantName} staff section`;
}

export function StaffInvitationEmail({ tenantName, name, invitedBy, url, hours }: { tenantName: string; name: string; invitedBy: string; url: string; hours: number }) {
  return (
    <EmailLayout preview={staffInvitationSubject(tenantName)} heading={staffInvitationSubject(tenantName)} tenantName={tenantName}>
      <Text>Hello {name},</Text>
      <Text>
        {invitedBy} has invited you to the {tenantName} staff section, where you look after its clients, projects and tickets.
        Choose your password with the link below, then sign in with this e-mail address.
      </Text>
      <Button href={url} style={buttonStyle}>
        Choose Password
      </Button>
      <Text style={{ color: '#71717a' }}>The link works once and expires in {hours} hours.</Text>
    </EmailLayout>
  );
}
