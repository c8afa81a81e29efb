import { useState } from 'react'
import { Alert, Pagination, Spinner } from '../../ui'
import { useCurrentUser } from '../auth/useSession'
import { UsersTable } from './UsersTable'
import { USERS_PER_PAGE, useUsers } from './useUsers'

type UsersListProps = Pick<Parameters<typeof UsersTable>[0], 'actions'>

export function UsersList({ actions }: UsersListProps) {
  const currentUser = useCurrentUser()
  const [page, setPage] = useState(1)
  const users = useUsers(page)

  if (users.isPending) return <Spinner />
  if (users.isError) return <Alert tone="error">{users.error.message}</Alert>
  return (
    <>
      <UsersTable users={users.data.items} currentUserId={currentUser.id} actions={actions} />
      <Pagination
        page={users.data.page ?? page}
        perPage={users.data.per_page ?? USERS_PER_PAGE}
        total={users.data.total ?? users.data.items.length}
        onPageChange={setPage}
      />
    </>
  )
}
