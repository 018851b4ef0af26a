apiVersion: v1
kind: Service
metadata:
  name: {{ include "app.name" . }}
spec:
  selector:
    app.kubernetes.io/name: {{ include "app.name" . }}
  ports:
    - port: 80
      targetPort: {{ .Values.port | default 8080 }}
