"""Online story clustering: each new article joins the story it belongs to, or starts one."""
