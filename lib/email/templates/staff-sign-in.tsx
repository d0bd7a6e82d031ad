import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function StaffSignInEmail({ tenantName, url, minutes }: { tenantName: string; url: string; minutes: number }) {
  return (
    <EmailLayout preview={`Sign in to ${tenantName}`} heading={`Sign in to ${tenantName}`} tenantName={tenantName}>
      <Text>Click the button below to sign in to the staff section. The link works once and expires in {minutes} minutes.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text style={{ color: '#71717a' }}>If you did not ask for this e-mail, you can ignore it.</Text>
    </EmailLayout>
  );
}
