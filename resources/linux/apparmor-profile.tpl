# AppArmor profile for Duet on Ubuntu 24.04 and later (installed by the .deb into /etc/apparmor.d/${executable}).
# Ubuntu 24.04 forbids unprivileged user namespaces unless a profile allows them; Chromium's sandbox, which keeps
# every Duet page sandboxed, needs them. This profile grants exactly that for Duet's own binary and nothing more
# (it is "unconfined" otherwise, as Ubuntu's own profiles for Chrome and other Electron apps are).
abi <abi/4.0>,
include <tunables/global>

profile "${executable}" "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/${executable}>
}
