import { sql } from 'drizzle-orm';

/**
 * The display name of whoever wrote a row with `author_contact_id` / `author_user_id` columns (notes,
 * posts, comments): the contact's full name, else the staff member's name or e-mail.
 */
export const authorName = sql<string>`coalesce((select first_name || ' ' || last_name from contacts a where a.id = author_contact_id), (select coalesce(name, email) from users u where u.id = author_user_id), '')`;
