import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ProjectForm } from '@/components/projects/project-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { createProjectAction } from '../actions';

export const metadata: Metadata = { title: 'New project' };

export default async function NewProjectPage() {
  const { user } = await requireStaff();
  if (!can(user, 'projects.edit')) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/projects" className="text-sm text-brand-700 hover:underline">
        ← Projects
      </Link>
      <h1 className="text-2xl font-semibold">New project</h1>
      <Card>
        <ProjectForm action={createProjectAction} company={null} defaults={{ companyId: '', name: '', description: '', status: 'active', startDate: '', dueDate: '', estimatedHours: '', charges: '' }} />
      </Card>
    </div>
  );
}
