// YusuanRender
