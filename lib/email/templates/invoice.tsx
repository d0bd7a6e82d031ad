import { Button, Text } from '@react-email/components';
import { EmailLayout, buttonStyle } from './layout';

export function invoiceSubject(tenantName: string, number: number, creditNote = false) {
  return `${creditNote ? 'Credit note' : 'Invoice'} #${number} from ${tenantName}`;
}

/** An invoice sent to the company's billing contact: the PDF is attached; Pay online when the invoice has a link. */
export function InvoiceEmail({
  tenantName,
  firstName,
  number,
  amountDue,
  dueDate,
  paymentLink,
  creditNote = false,
}: {
  tenantName: string;
  firstName: string;
  number: number;
  amountDue: string;
  dueDate: string;
  paymentLink: string | null;
  creditNote?: boolean;
}) {
  const subject = invoiceSubject(tenantName, number, creditNote);
  return (
    <EmailLayout preview={subject} heading={subject} tenantName={tenantName}>
      <Text>Hello {firstName},</Text>
      {creditNote ? (
        <Text>
          Please find attached credit note #{number} for <strong>{amountDue}</strong>.
        </Text>
      ) : (
        <Text>
          Please find attached invoice #{number}. Amount due: <strong>{amountDue}</strong>, due by <strong>{dueDate}</strong>.
        </Text>
      )}
      {paymentLink && !creditNote ? (
        <>
          <Button href={paymentLink} style={buttonStyle}>
            Pay online
          </Button>
          <Text style={{ color: '#71717a' }}>Or open this address: {paymentLink}</Text>
        </>
      ) : null}
      <Text style={{ color: '#71717a' }}>The invoice is attached as a PDF and can also be found in the Customer Portal.</Text>
    </EmailLayout>
  );
}
