// YusuanStorage: placeholder until its issue lands.
