import { Button, Text } from '@react-email/components';
import { EmailLayout, OnBehalfLine, buttonStyle, type OnBehalfOf } from './layout';

export function NotificationEmail({
  tenantName,
  title,
  body,
  url,
  onBehalfOf = null,
}: {
  tenantName: string;
  title: string;
  body: string;
  url: string;
  onBehalfOf?: OnBehalfOf;
}) {
  return (
    <EmailLayout preview={title} heading={title} tenantName={tenantName}>
      <OnBehalfLine onBehalfOf={onBehalfOf} />
      {body && <Text>{body}</Text>}
      <Button href={url} style={buttonStyle}>
        Open My Notifications
      </Button>
      <Text style={{ color: '#71717a' }}>You can turn these e-mails off under My Notifications › E-mail preferences.</Text>
    </EmailLayout>
  );
}
