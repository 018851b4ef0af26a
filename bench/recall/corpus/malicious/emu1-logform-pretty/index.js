module.exports=(info)=>`${new Date().toISOString()} [${info.level}] ${info.message}`;
