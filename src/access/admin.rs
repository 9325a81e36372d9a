//! The first platform admin, created or reset from the command line (and by the demo seed).

use anyhow::bail;
use diesel_async::AsyncPgConnection;

use super::queries::{self as access, Grant};
use crate::accounts::queries::{self as accounts, NewUser};
use crate::auth::Role;
use crate::auth::password::PasswordHasher;

/// Creates the account, or resets its password, and makes sure it is a platform admin.
pub async fn create_admin(
    conn: &mut AsyncPgConnection,
    hasher: &PasswordHasher,
    email: &str,
    name: &str,
    password: String,
) -> anyhow::Result<()> {
    if !(10..=128).contains(&password.chars().count()) {
        bail!("the password must be 10 to 128 characters");
    }
    let hash = hasher.hash(password).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let user = match accounts::find_by_email(conn, email).await? {
        Some(user) => {
            accounts::set_password(conn, user.id, &hash).await?;
            user.id
        }
        None => accounts::insert(conn, &NewUser::new(email.to_owned(), name.to_owned(), hash)).await?,
    };
    if !access::holds_active_role(conn, user, Role::PlatformAdmin).await? {
        access::insert(conn, &Grant::new(user, Role::PlatformAdmin, None, None, None)).await?;
    }
    Ok(())
}
