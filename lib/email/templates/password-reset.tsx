import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function passwordResetSubject(tenantName: string) {
  return `Reset your ${tenantName} Customer Portal password`;
}

export function PasswordResetEmail({ tenantName, firstName, url }: { tenantName: string; firstName: string; url: string }) {
  return (
    <EmailLayout preview={passwordResetSubject(tenantName)} heading={passwordResetSubject(tenantName)} tenantName={tenantName}>
      <Text>Hello {firstName},</Text>
      <Text>Someone (hopefully you, or {tenantName} on your behalf) asked to reset your password. Choose a new one with the link below.</Text>
      <Button href={url} style={buttonStyle}>
        Reset Password
      </Button>
      <Text style={{ color: '#71717a' }}>The link works once and expires in 1 hour. If you did not ask for this, you can ignore this e-mail.</Text>
    </EmailLayout>
  );
}
