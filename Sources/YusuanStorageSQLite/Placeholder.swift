// YusuanStorageSQLite: placeholder until its issue lands.
