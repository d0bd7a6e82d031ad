import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function NotificationEmail({ tenantName, title, body, url }: { tenantName: string; title: string; body: string; url: string }) {
  return (
    <EmailLayout preview={title} heading={title} tenantName={tenantName}>
      {body && <Text>{body}</Text>}
      <Button href={url} style={buttonStyle}>
        Open My Notifications
      </Button>
      <Text style={{ color: '#71717a' }}>You can turn these e-mails off under My Notifications › E-mail preferences.</Text>
    </EmailLayout>
  );
}
