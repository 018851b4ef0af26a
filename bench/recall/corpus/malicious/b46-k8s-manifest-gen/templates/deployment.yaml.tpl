apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.name" . }}
  labels:
{{ include "app.labels" . | indent 4 }}
spec:
  replicas: {{ .Values.replicas | default 2 }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ include "app.name" . }}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {{ include "app.name" . }}
    spec:
      containers:
        - name: {{ include "app.name" . }}
          image: {{ .Values.image | quote }}
          ports:
            - containerPort: {{ .Values.port | default 8080 }}
          readinessProbe:
            httpGet:
              path: {{ .Values.healthPath | default "/healthz" }}
              port: {{ .Values.port | default 8080 }}
{{- with .Values.env }}
          env:
{{ toYaml . | indent 12 }}
{{- end }}
