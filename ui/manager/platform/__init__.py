"""省平台上报 (Ctrl+8): the 办件 export's counts, and the refused records corrected or sent again."""
