"""`onewindow-server keys …`: the data keys' status, rotation, rewrap and retirement.

Rotation without downtime, with the server running throughout:
  keys rotate    a new key, made current (every server process takes it within a minute)
  keys rewrap    every stored value and scan sealed again under it (the old key still opens
                 what is not done yet, and searches try every key's hash meanwhile)
  keys retire K  forget key K, refused while anything is still sealed under it
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable

from server.context import ServerContext
from server.sealing.keyring import DataKeyError
from server.sealing.rewrap import census, rewrap

ContextOf = Callable[[argparse.Namespace], ServerContext]


def add_key_commands(sub, with_db: Callable, context_of: ContextOf) -> None:
    keys = sub.add_parser("keys", help="个人信息加密密钥 / the data keys sealing personal data")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    commands = (
        ("status", "各密钥加密的数据条数 / how much each key seals", _status),
        ("rotate", "生成新密钥并设为当前密钥 / add a key and make it current", _rotate),
        (
            "rewrap",
            "用当前密钥重新加密全部数据（服务可照常运行）/ seal everything under the current key",
            _rewrap,
        ),
    )
    for name, help_text, run in commands:
        with_db(keys_sub.add_parser(name, help=help_text)).set_defaults(
            run=lambda a, run=run: run(context_of(a), a)
        )
    retire = with_db(
        keys_sub.add_parser(
            "retire", help="停用一个旧密钥（须已无数据使用它）/ forget an old key no value needs"
        )
    )
    retire.add_argument("key_id", help="密钥编号 / the key id (see keys status)")
    retire.set_defaults(run=lambda a: _retire(context_of(a), a))


def _blob_counts(ctx: ServerContext) -> Counter:
    from server.blob_sealing import blob_key_ids

    return blob_key_ids(ctx.blob_store)


def _status(ctx: ServerContext, _args) -> int:
    keyring = ctx.keyring
    counted = census(ctx.sessions)
    blobs = _blob_counts(ctx)
    print(f"密钥文件 / key file: {keyring.path}")
    for key_id in keyring.key_ids:
        mark = "（当前 / current）" if key_id == keyring.current_id else ""
        print(f"密钥 {key_id}{mark}: {counted.total(key_id)}项数据，{blobs[key_id]}个扫描件")
    clear = counted.total("clear")
    print(f"未加密 / in clear: {clear}项数据，{blobs['clear']}个扫描件")
    for column, counter in sorted(counted.by_column.items()):
        print(f"  {column}: " + "，".join(f"{k} {n}" for k, n in sorted(counter.items())))
    return 0


def _rotate(ctx: ServerContext, _args) -> int:
    key_id = ctx.keyring.rotate()
    print(f"新密钥{key_id}已成为当前密钥；请运行 keys rewrap 用它重新加密已存数据 / now run keys rewrap")
    return 0


def _rewrap(ctx: ServerContext, _args) -> int:
    from server.blob_sealing import rewrap_blobs

    rows = rewrap(ctx.sessions)
    blobs = rewrap_blobs(ctx.blob_store, ctx.keyring)
    print(
        f"已用密钥{ctx.keyring.current_id}重新加密{rows}行数据、{blobs}个扫描件 / rows and scans sealed again"
    )
    return 0


def _retire(ctx: ServerContext, args) -> int:
    key_id = args.key_id
    still = census(ctx.sessions).total(key_id) + _blob_counts(ctx)[key_id]
    if still:
        print(
            f"错误 / error: 仍有{still}项数据用密钥{key_id}加密，请先运行 keys rewrap / run rewrap first",
            file=sys.stderr,
        )
        return 1
    try:
        ctx.keyring.retire(key_id)
    except DataKeyError as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 1
    print(f"密钥{key_id}已停用 / key retired")
    return 0
