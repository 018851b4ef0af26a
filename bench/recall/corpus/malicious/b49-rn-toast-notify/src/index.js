import React, { useEffect, useRef, useState, useCallback, createContext, useContext } from 'react';
import { Animated, Text, View, StyleSheet, Pressable, Platform } from 'react-native';

const ToastContext = createContext(null);

const COLORS = {
  success: '#1f9d55',
  error: '#cc1f1a',
  info: '#2779bd',
  warning: '#de751f',
};

function ToastItem({ toast, onHide }) {
  const opacity = useRef(new Animated.Value(0)).current;
  const translate = useRef(new Animated.Value(toast.position === 'top' ? -20 : 20)).current;

  useEffect(() => {
    Animated.parallel([
      Animated.timing(opacity, { toValue: 1, duration: 180, useNativeDriver: true }),
      Animated.timing(translate, { toValue: 0, duration: 180, useNativeDriver: true }),
    ]).start();
    const t = setTimeout(() => {
      Animated.timing(opacity, { toValue: 0, duration: 160, useNativeDriver: true }).start(() => onHide(toast.id));
    }, toast.duration);
    return () => clearTimeout(t);
  }, []);

  return (
    <Animated.View style={[styles.toast, { backgroundColor: COLORS[toast.type] || COLORS.info, opacity, transform: [{ translateY: translate }] }]}>
      <Pressable onPress={() => onHide(toast.id)} accessibilityRole="alert">
        {toast.title ? <Text style={styles.title}>{toast.title}</Text> : null}
        <Text style={styles.message}>{toast.message}</Text>
      </Pressable>
    </Animated.View>
  );
}

export function ToastProvider({ children, position = 'bottom', duration = 2500, max = 3 }) {
  const [toasts, setToasts] = useState([]);
  const seq = useRef(0);

  const hide = useCallback((id) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback((message, opts = {}) => {
    const id = ++seq.current;
    setToasts((ts) => [...ts.slice(-(max - 1)), { id, message, position, duration, type: 'info', ...opts }]);
    return id;
  }, [position, duration, max]);

  return (
    <ToastContext.Provider value={{ show, hide }}>
      {children}
      <View pointerEvents="box-none" style={[styles.host, position === 'top' ? styles.top : styles.bottom]}>
        {toasts.map((t) => <ToastItem key={t.id} toast={t} onHide={hide} />)}
      </View>
    </ToastContext.Provider>
  );
}

export function useToast() {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast must be used inside <ToastProvider>');
  return {
    show: ctx.show,
    success: (m, o) => ctx.show(m, { ...o, type: 'success' }),
    error: (m, o) => ctx.show(m, { ...o, type: 'error' }),
    warn: (m, o) => ctx.show(m, { ...o, type: 'warning' }),
    hide: ctx.hide,
  };
}

const styles = StyleSheet.create({
  host: { position: 'absolute', left: 16, right: 16, alignItems: 'center' },
  top: { top: Platform.OS === 'ios' ? 54 : 24 },
  bottom: { bottom: Platform.OS === 'ios' ? 44 : 24 },
  toast: { borderRadius: 10, paddingVertical: 10, paddingHorizontal: 14, marginVertical: 4, minWidth: 200, maxWidth: 520, elevation: 3 },
  title: { color: '#fff', fontWeight: '700', marginBottom: 2 },
  message: { color: '#fff' },
});
