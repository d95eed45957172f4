// YusuanStoragePostgres: placeholder until its issue lands.
