"""Texts of the admin page: accounts and the audit log (admin role only)."""

TEXTS = {
    "nav_admin": {"id": "Pengguna & audit", "en": "Users & audit"},
    "admin_title": {"id": "Pengguna & jejak audit", "en": "Users & audit log"},
    "admin_refused": {
        "id": "Halaman ini hanya untuk admin. Masuk dengan akun admin lewat formulir *Masuk petugas* "
        "di bilah samping.",
        "en": "This page is for admins only. Sign in with an admin account through the *Staff sign-in* "
        "form in the sidebar.",
    },
    "admin_presenting": {
        "id": "Pengelolaan akun tidak tersedia selama mode presentasi.",
        "en": "Account management is not available while presenting.",
    },
    "admin_tab_users": {"id": "Pengguna", "en": "Users"},
    "admin_tab_audit": {"id": "Jejak audit", "en": "Audit log"},
    # the accounts table
    "admin_col_name": {"id": "Nama akun", "en": "Account name"},
    "admin_col_role": {"id": "Peran", "en": "Role"},
    "admin_col_status": {"id": "Status", "en": "Status"},
    "admin_active": {"id": "aktif", "en": "active"},
    "admin_inactive": {"id": "nonaktif", "en": "disabled"},
    "admin_no_users": {"id": "Belum ada akun.", "en": "No accounts yet."},
    # forms
    "admin_add_heading": {"id": "Tambah akun", "en": "Add an account"},
    "admin_add_submit": {"id": "Tambah akun", "en": "Add account"},
    "admin_new_password": {"id": "Kata sandi baru", "en": "New password"},
    "admin_repeat_password": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
    "admin_password_help": {
        "id": "Minimal {n} karakter. Kata sandi disimpan sebagai hash, tidak pernah dalam teks biasa.",
        "en": "At least {n} characters. The password is stored as a hash, never in clear text.",
    },
    "admin_change_heading": {"id": "Ubah akun", "en": "Change an account"},
    "admin_pick_user": {"id": "Akun", "en": "Account"},
    "admin_passwd_submit": {"id": "Ganti kata sandi", "en": "Change password"},
    "admin_role_submit": {"id": "Ubah peran", "en": "Change role"},
    "admin_disable": {"id": "Nonaktifkan akun", "en": "Disable account"},
    "admin_enable": {"id": "Aktifkan akun", "en": "Enable account"},
    # outcomes
    "admin_added": {
        "id": "Akun **{name}** (peran {role}) dibuat.",
        "en": "Account **{name}** (role {role}) created.",
    },
    "admin_passwd_done": {
        "id": "Kata sandi akun **{name}** diganti; kunci karena gagal masuk dibuka.",
        "en": "The password of **{name}** was changed; a sign-in lockout was lifted.",
    },
    "admin_disabled": {
        "id": "Akun **{name}** dinonaktifkan; sesinya berakhir pada langkah berikutnya.",
        "en": "Account **{name}** disabled; its session ends at its next step.",
    },
    "admin_enabled": {"id": "Akun **{name}** diaktifkan.", "en": "Account **{name}** enabled."},
    "admin_role_done": {
        "id": "Peran akun **{name}** sekarang {role}.",
        "en": "The role of **{name}** is now {role}.",
    },
    "admin_role_same": {
        "id": "Akun **{name}** sudah berperan {role}; tidak ada yang diubah.",
        "en": "**{name}** already has the role {role}; nothing was changed.",
    },
    "admin_err_name": {
        "id": "Nama akun tidak sah: 1–64 karakter tanpa spasi.",
        "en": "Invalid account name: 1–64 characters without spaces.",
    },
    "admin_err_exists": {
        "id": "Akun **{name}** sudah ada; ganti kata sandinya di *Ubah akun*.",
        "en": "Account **{name}** already exists; change its password under *Change an account*.",
    },
    "admin_err_short": {
        "id": "Kata sandi terlalu pendek: minimal {n} karakter. Tidak ada yang diubah.",
        "en": "The password is too short: at least {n} characters. Nothing was changed.",
    },
    "admin_err_mismatch": {
        "id": "Kedua kata sandi tidak sama. Tidak ada yang diubah.",
        "en": "The two passwords differ. Nothing was changed.",
    },
    "admin_err_last_admin": {
        "id": "**{name}** adalah satu-satunya admin aktif: tambahkan atau aktifkan admin lain dulu. "
        "Tidak ada yang diubah.",
        "en": "**{name}** is the only active admin: add or enable another admin first. Nothing was changed.",
    },
    "admin_err_missing": {
        "id": "Akun **{name}** tidak ada. Tidak ada yang diubah.",
        "en": "There is no account **{name}**. Nothing was changed.",
    },
    "admin_err_not_allowed": {
        "id": "Hanya admin yang masuk boleh mengubah akun. Tidak ada yang diubah.",
        "en": "Only a signed-in admin may change accounts. Nothing was changed.",
    },
    # the audit log
    "admin_audit_intro": {
        "id": "Setiap perubahan tercatat di sini: akun, masuk dan keluar (juga yang gagal), impor dan "
        "hasil analisis yang disimpan. Catatan hanya dapat ditambah, tidak dapat diubah atau dihapus. "
        "Waktu dalam UTC.",
        "en": "Every change is recorded here: accounts, sign-ins and sign-outs (also failed ones), imports "
        "and saved analysis results. Entries can only be added, never changed or deleted. Times are "
        "UTC; details are recorded in Indonesian.",
    },
    "admin_filter_actions": {"id": "Aksi", "en": "Actions"},
    "admin_filter_actor": {"id": "Pelaku", "en": "Actor"},
    "admin_filter_all": {"id": "(semua)", "en": "(all)"},
    "admin_filter_since": {"id": "Dari (UTC)", "en": "From (UTC)"},
    "admin_filter_until": {"id": "Sampai (UTC)", "en": "Until (UTC)"},
    "admin_audit_count": {
        "id": "{shown} dari {total} catatan, terbaru dulu.",
        "en": "{shown} of {total} entries, newest first.",
    },
    "admin_audit_empty": {"id": "Belum ada catatan.", "en": "No entries yet."},
    "admin_audit_download": {"id": "Unduh jejak audit ({fmt})", "en": "Download the audit log ({fmt})"},
    "admin_col_seq": {"id": "No.", "en": "No."},
    "admin_col_time": {"id": "Waktu (UTC)", "en": "Time (UTC)"},
    "admin_col_action": {"id": "Aksi", "en": "Action"},
    "admin_col_actor": {"id": "Pelaku", "en": "Actor"},
    "admin_col_client": {"id": "Klien", "en": "Client"},
    "admin_col_detail": {"id": "Rincian", "en": "Detail"},
    # one label per audit action (potensi.data.audit.ACTIONS)
    "audit_action_impor": {"id": "impor data", "en": "data import"},
    "audit_action_batal_impor": {"id": "impor dibatalkan", "en": "import undone"},
    "audit_action_simpan_analisis": {"id": "hasil analisis disimpan", "en": "analysis result saved"},
    "audit_action_pengguna_tambah": {"id": "akun dibuat", "en": "account added"},
    "audit_action_pengguna_sandi": {"id": "kata sandi diganti", "en": "password changed"},
    "audit_action_pengguna_nonaktif": {"id": "akun dinonaktifkan", "en": "account disabled"},
    "audit_action_pengguna_aktif": {"id": "akun diaktifkan", "en": "account enabled"},
    "audit_action_pengguna_peran": {"id": "peran diubah", "en": "role changed"},
    "audit_action_masuk": {"id": "masuk", "en": "sign-in"},
    "audit_action_masuk_gagal": {"id": "masuk gagal", "en": "failed sign-in"},
    "audit_action_masuk_terkunci": {"id": "masuk dikunci", "en": "sign-in locked"},
    "audit_action_keluar": {"id": "keluar", "en": "sign-out"},
}
