#!/usr/bin/env python3
"""Lista/gerencia perfis da AWS CLI sem expor segredos."""
import argparse
import configparser
import datetime as dt
import glob
import json
import os
import pathlib
import shutil
import subprocess
import sys

AWS = pathlib.Path(os.environ.get("AWS_CONFIG_FILE", "~/.aws/config")).expanduser()
CRED = pathlib.Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()


def ler(path):
    cp = configparser.RawConfigParser()
    if path.exists():
        cp.read(path, encoding="utf-8")
    return cp


def nome_perfil(secao):
    return secao[len("profile "):] if secao.startswith("profile ") else secao


def expiracao_sso(start_url):
    for f in glob.glob(os.path.expanduser("~/.aws/sso/cache/*.json")):
        try:
            d = json.load(open(f))
        except Exception:
            continue
        if d.get("startUrl") == start_url and "expiresAt" in d:
            return d["expiresAt"]
    return None


def listar():
    cfg, cred = ler(AWS), ler(CRED)
    perfis = {}
    for s in cfg.sections():
        if s.startswith("profile ") or s == "default":
            perfis[nome_perfil(s)] = dict(cfg[s])
    for s in cred.sections():
        perfis.setdefault(s, {})
    linhas = []
    for p, c in sorted(perfis.items()):
        tipo, detalhe, expira = "?", "", ""
        if "sso_start_url" in c or "sso_session" in c:
            tipo = "SSO"
            sess = c.get("sso_session")
            url = c.get("sso_start_url", "")
            if not url and sess and cfg.has_section(f"sso-session {sess}"):
                url = cfg[f"sso-session {sess}"].get("sso_start_url", "")
            expira = expiracao_sso(url) or "faça login"
            detalhe = c.get("sso_account_id", "")
        elif "role_arn" in c:
            tipo, detalhe = "AssumeRole", c["role_arn"].split(":")[4] if c["role_arn"].count(":") >= 4 else ""
        elif cred.has_section(p) and cred[p].get("aws_access_key_id"):
            kid = cred[p]["aws_access_key_id"]
            tipo = "temporária" if kid.startswith("ASIA") else "IAM (longo prazo)"
            detalhe = f"chave …{kid[-4:]}"
            expira = cred[p].get("x_security_token_expires", "")
        elif "credential_process" in c:
            tipo = "credential_process"
        linhas.append((p, tipo, c.get("region", "-"), detalhe, expira))
    w = [max(len(str(x[i])) for x in linhas + [("perfil", "tipo", "região", "conta/chave", "expira")]) for i in range(5)]
    for row in [("perfil", "tipo", "região", "conta/chave", "expira")] + linhas:
        print("  ".join(str(v).ljust(w[i]) for i, v in enumerate(row)))


def quem_sou(perfil):
    r = subprocess.run(["aws", "sts", "get-caller-identity", "--profile", perfil, "--output", "json"], capture_output=True, text=True)
    if r.returncode:
        print(r.stderr.strip())
        if "expired" in r.stderr.lower() or "sso" in r.stderr.lower():
            print(f"Sugestão: aws sso login --profile {perfil}")
        sys.exit(r.returncode)
    d = json.loads(r.stdout)
    print(f"Conta: {d['Account']}\nARN: {d['Arn']}")


def regiao(perfil, nova, sim):
    cfg = ler(AWS)
    secao = "default" if perfil == "default" else f"profile {perfil}"
    atual = cfg[secao].get("region") if cfg.has_section(secao) else None
    print(f"[{secao}] region: {atual or '(não definida)'} -> {nova}")
    if not sim:
        print("Nada alterado. Confirme com o usuário e repita com --sim.")
        return
    if AWS.exists():
        shutil.copy2(AWS, AWS.with_suffix(".bak"))
    if not cfg.has_section(secao):
        cfg.add_section(secao)
    cfg[secao]["region"] = nova
    with open(AWS, "w", encoding="utf-8") as fh:
        cfg.write(fh)
    print("Região atualizada (backup em config.bak).")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("listar")
    p = sub.add_parser("quem-sou"); p.add_argument("--perfil", default="default")
    p = sub.add_parser("regiao"); p.add_argument("--perfil", required=True); p.add_argument("--definir", required=True); p.add_argument("--sim", action="store_true")
    a = ap.parse_args()
    if a.cmd == "listar":
        listar()
    elif a.cmd == "quem-sou":
        quem_sou(a.perfil)
    else:
        regiao(a.perfil, a.definir, a.sim)


if __name__ == "__main__":
    main()
