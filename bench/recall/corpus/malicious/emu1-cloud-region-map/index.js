module.exports={'us-east-1':'N. Virginia','eu-west-1':'Ireland','europe-west4':'Netherlands'};
